package org.cxlint.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.Linter;
import org.cxlint.TestLinter;
import org.cxlint.bench.Benchmark;
import org.cxlint.bench.Corpus;
import org.cxlint.model.Transcript;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Sentence;
import org.cxlint.nlp.Token;
import org.cxlint.rules.RuleFiles;
import org.cxlint.rules.RulePack;
import org.junit.jupiter.api.Test;

/**
 * The matcher skips patterns by anchor index and sentence signature; neither may lose a hit. Compared with
 * the plainest reading of the rules: every pattern of every phrase tried at every token.
 */
class PhraseMatcherEquivalenceTest {

    @Test
    void indexedMatchingFindsWhatTryingEveryPatternEverywhereFinds() {
        assertSameHits(RuleFiles.fromDirectory(Path.of("rules")), 300, 1000);
    }

    /** Ten copies of every phrase: shared shapes, memoised exceptions and hit contexts must not lose or mix up hits. */
    @Test
    void copiedPatternsFindTheSameHitsToo() {
        assertSameHits(Benchmark.tenfold(RuleFiles.fromDirectory(Path.of("rules")), false), 30, 1000);
    }

    private static void assertSameHits(RuleFiles files, int transcripts, int minHits) {
        List<Phrase> phrases = RulePack.parse(files).phrases();
        PhraseMatcher matcher = new PhraseMatcher(phrases);
        Linter linter = TestLinter.get();
        Corpus corpus = new Corpus(linter.rules().values());
        int hits = 0;
        for (Transcript t : corpus.generate(transcripts, 7)) {
            List<AnnotatedTurn> turns = linter.nlp().annotate(t);
            List<String> expected = everywhere(phrases, turns);
            List<String> actual = matcher.match(turns).stream()
                    .map(h -> h.phrase() + "@" + h.turn() + "." + h.sentence() + ":" + h.tokenStart() + "-"
                            + h.tokenEnd() + (h.negated() ? "n" : "") + (h.quoted() ? "q" : "")
                            + (h.hypothetical() ? "h" : ""))
                    .toList();
            assertEquals(expected, actual, t.id());
            hits += actual.size();
        }
        assertTrue(hits > minHits, "the corpus should hit often: " + hits);
    }

    private static List<String> everywhere(List<Phrase> phrases, List<AnnotatedTurn> turns) {
        List<String> out = new ArrayList<>();
        for (AnnotatedTurn at : turns) {
            for (Sentence s : at.sentences()) {
                List<Token> tokens = s.tokens();
                for (Phrase p : phrases) {
                    int next = 0;
                    for (int pos = next; pos < tokens.size(); pos++) {
                        if (pos < next) continue;
                        int end = -1;
                        for (TokenPattern tp : p.patterns()) end = Math.max(end, tp.matchAt(tokens, pos));
                        if (end < 0 || excepted(p, tokens, pos, end)) continue;
                        int cs = tokens.get(pos).begin();
                        out.add(p.id() + "@" + at.turn().index() + "." + s.index() + ":" + pos + "-" + end
                                + (HitContext.DEFAULT.negated(tokens, pos) ? "n" : "")
                                + (HitContext.DEFAULT.quoted(HitContext.DEFAULT.quotes(at), tokens, pos, cs) ? "q" : "")
                                + (HitContext.DEFAULT.hypothetical(tokens, pos) ? "h" : ""));
                        next = end;
                    }
                }
            }
        }
        return out;
    }

    private static boolean excepted(Phrase p, List<Token> tokens, int start, int end) {
        for (TokenPattern ex : p.except()) {
            for (int j = Math.max(0, start - 4); j < end; j++) if (ex.matchAt(tokens, j) > start) return true;
        }
        return false;
    }
}
