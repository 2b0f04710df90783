package org.cxlint.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cxlint.Linter;
import org.cxlint.TestLinter;
import org.cxlint.bench.Corpus;
import org.cxlint.facts.PhraseMatcher;
import org.cxlint.ingest.Ingest;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.Readers;
import org.cxlint.model.Transcript;
import org.cxlint.rules.RuleDef;
import org.cxlint.rules.RuleExample;
import org.cxlint.rules.RuleFiles;
import org.cxlint.rules.RulePack;
import org.cxlint.ruletest.RuleTester;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On-demand tagging (tokenize everything, tag only the sentences whose patterns need lemmas or parts of
 * speech) must give exactly what tagging every sentence gives: the same phrase hits, the same reports,
 * the same tokens. Checked on the samples, every rule example, and a generated corpus.
 */
class OnDemandTaggingTest {
    private static Linter lazy;
    private static Linter eager;
    private static PhraseMatcher matcher;

    @BeforeAll
    static void load() {
        RuleFiles files = RuleFiles.fromDirectory(Path.of("rules"));
        lazy = TestLinter.get();
        eager = Linter.load(files, Nlp.eager());
        matcher = new PhraseMatcher(RulePack.parse(files).phrases());
    }

    @Test
    void samplesGiveTheSameFindings() throws IOException {
        List<Transcript> samples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.contains(".report.") || p.toString().contains("expected") || !Readers.accepts(name)) continue;
                try {
                    samples.addAll(Ingest.readAll(p));
                } catch (InputException e) {
                    // a sample of bad input: nothing to score
                }
            }
        }
        assertTrue(samples.size() >= 3, "samples found: " + samples.size());
        assertSame(samples);
    }

    @Test
    void everyRuleExampleGivesTheSameFindings() throws InputException {
        List<Transcript> examples = new ArrayList<>();
        Map<String, RuleDef.Examples> extra = RuleTester.extraCases(Path.of("rules"));
        for (RuleDef def : lazy.rules().values()) {
            List<String> texts = new ArrayList<>();
            for (RuleDef.Examples ex : new RuleDef.Examples[] {def.examples(), extra.get(def.id())}) {
                if (ex == null) continue;
                texts.addAll(ex.flag());
                texts.addAll(ex.pass());
            }
            for (int i = 0; i < texts.size(); i++)
                examples.add(RuleExample.parse(def.id() + "#" + i, texts.get(i)).transcript());
        }
        assertTrue(examples.size() > 100, "examples: " + examples.size());
        assertSame(examples);
    }

    @Test
    void generatedCorpusGivesTheSameFindings() {
        Corpus corpus = new Corpus(lazy.rules().values());
        List<Transcript> generated = corpus.generate(250, 42);
        String all = String.join(
                "\n",
                generated.stream()
                        .flatMap(t -> t.turns().stream())
                        .map(t -> t.text())
                        .toList());
        for (String example : corpus.exampleTurns())
            assertTrue(all.contains(example), "corpus lacks example turn: " + example);
        Nlp.Stats before = lazy.nlp().stats();
        assertSame(generated);
        Nlp.Stats after = lazy.nlp().stats();
        long sentences = after.sentences() - before.sentences();
        long tagged = after.tagged() - before.tagged();
        System.out.printf(
                "on-demand tagging: %d of %d sentences tagged (%.1f%%)%n",
                tagged, sentences, 100.0 * tagged / sentences);
        assertTrue(tagged < sentences, "some sentences should need no tagger");
    }

    private static void assertSame(List<Transcript> transcripts) {
        for (Transcript t : transcripts) {
            // phrase hits and reports first, while the lazy side tags only what it needs
            assertEquals(
                    matcher.match(eager.nlp().annotate(t)),
                    matcher.match(lazy.nlp().annotate(t)),
                    t.id() + ": hits");
            assertEquals(eager.score(t), lazy.score(t), t.id() + ": report");
            // and then every token, which makes the lazy side tag every sentence
            List<AnnotatedTurn> a = eager.nlp().annotate(t);
            List<AnnotatedTurn> b = lazy.nlp().annotate(t);
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).sentences().size(), b.get(i).sentences().size(), t.id() + " turn " + i);
                for (int s = 0; s < a.get(i).sentences().size(); s++) {
                    Sentence x = a.get(i).sentences().get(s);
                    Sentence y = b.get(i).sentences().get(s);
                    assertEquals(x.tokens(), y.tokens(), t.id() + " turn " + i + " sentence " + s);
                    for (Token tok : y.tokens()) {
                        assertTrue(
                                tok.couldHaveLemma(tok.lemma(), false),
                                tok + ": actual lemma not among the possible ones");
                    }
                }
            }
        }
    }
}
