package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench command's report has every figure the README promises; the figures themselves belong to the machine. */
class BenchCommandTest {

    @Test
    void aTinyRunPrintsEveryStageAndRatio() {
        CliRun run = CliRun.of(
                "bench", "--transcripts", "6", "--seconds", "0", "--rounds", "1", "--warmup", "0", "--no-tenfold");
        assertEquals(0, run.exit(), run.err());
        for (String line : List.of(
                "CoreNLP tokenize,ssplit ",
                "CoreNLP tokenize,ssplit (1 thread)",
                "CoreNLP tokenize,ssplit (per transcript)",
                "cxlint score (default rules)",
                "CoreNLP tokenize,ssplit,pos,lemma ",
                "sentences POS-tagged by cxlint:",
                "cxlint / CoreNLP tokenize,ssplit             =",
                "cxlint / CoreNLP tokenize,ssplit per transcript =",
                "cxlint / CoreNLP tokenize,ssplit,pos,lemma   =")) {
            assertTrue(run.out().contains(line), "missing \"" + line + "\" in:\n" + run.out());
        }
        assertTrue(
                run.out().matches("(?s).*cxlint score \\(default rules\\) +\\d+ tokens/s +[\\d.]+ transcripts/s.*"),
                run.out());
    }

    @Test
    void negativeWarmupIsAUsageError() {
        CliRun run = CliRun.of("bench", "--warmup", "-1");
        assertEquals(ExitCode.USAGE.code, run.exit());
        assertTrue(run.err().contains("--warmup cannot be negative"), run.err());
    }
}
