package org.cxlint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's own evaluation (eval/README.md), run through {@code cxlint eval} like a team would. Figures are
 * printed and written to target/, never asserted: what must hold is that every label is compared.
 */
class ProjectEvaluationTest {
    /** The shared data lives beside the project, never in it. */
    static final Path DATA = Path.of(System.getProperty("eval.data", "../shared/data"));

    static final Path TEST = Path.of("eval/labels-test.jsonl");
    static final Path TUNE = Path.of("eval/labels-tune.jsonl");

    @Test
    void theHalvesShareNoConversation() {
        Set<String> tune = new HashSet<>();
        for (Label l : LabelFile.read(TUNE)) tune.add(l.conversationKey());
        for (Label l : LabelFile.read(TEST))
            assertFalse(tune.contains(l.conversationKey()), "in both halves: " + l.conversationKey());
    }

    @Test
    void theCorpusIsBigEnoughAndKeepsNoSourceText() {
        List<Label> test = LabelFile.read(TEST);
        List<Label> tune = LabelFile.read(TUNE);
        assertTrue(test.size() + tune.size() >= 1200, "at least 1,200 labelled agent turns");
        Set<String> sources = new HashSet<>();
        for (List<Label> half : List.of(test, tune)) {
            for (Label l : half) {
                sources.add(l.source().substring(0, l.source().indexOf('/')));
                // a long note is likely pasted source text, which may not be kept here
                assertTrue(l.note() == null || l.note().length() <= 240, "note too long at line " + l.line());
            }
        }
        assertTrue(sources.size() >= 3, "labels from at least three sources: " + sources);
    }

    @ParameterizedTest
    @ValueSource(strings = {"test", "tune"})
    void everyLabelIsComparedAndTheTableIsWritten(String half) throws Exception {
        Assumptions.assumeTrue(
                Files.isDirectory(DATA),
                "skipped: the evaluation data " + DATA.toAbsolutePath()
                        + " is absent (it lives beside the project, never in it; -Deval.data=DIR points elsewhere)");
        Path out = Path.of("target", "eval-" + half + ".txt");
        Files.createDirectories(out.getParent());
        EvalCommandTest.Run r = EvalCommandTest.run(
                "eval", "eval/labels-" + half + ".jsonl", "--data", DATA.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String table = Files.readString(out);
        System.out.println(table.substring(0, table.indexOf("Disagreements")));
        assertTrue(table.contains("all violations") && table.contains("all strengths"), table);
    }
}
