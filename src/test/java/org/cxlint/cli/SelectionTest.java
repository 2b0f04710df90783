package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --min-severity, --failing-only and --quiet shorten what people read, and change nothing else. */
class SelectionTest {
    @Test
    void quietPrintsOnlyTheTotalsAndKeepsTheExitCode() {
        CliRun all = CliRun.of("score", "samples", "--fail-under", "50");
        CliRun quiet = CliRun.of("score", "samples", "--fail-under", "50", "--quiet");
        assertEquals(4, all.exit());
        assertEquals(all.exit(), quiet.exit());
        assertFalse(quiet.out().contains("Score "), quiet.out());
        String totals = last(all.out());
        assertEquals(totals, last(quiet.out()), "the same totals");
        assertTrue(quiet.out().contains("By agent:"), "the per-agent summary stays");
    }

    @Test
    void failingOnlyShowsTheFailedTranscripts() {
        CliRun r = CliRun.of("score", "samples", "--failing-only");
        assertEquals(0, r.exit(), r.err());
        long shown = r.out().lines().filter(l -> l.startsWith("  Score ")).count();
        long failed = r.out()
                .lines()
                .filter(l -> l.startsWith("  Score ") && l.contains(" FAIL: "))
                .count();
        assertEquals(failed, shown, r.out());
        assertTrue(failed >= 2, r.out());
        assertTrue(r.out().contains("samples/bad-call.txt  ("));
        assertFalse(r.out().contains("samples/good-call.json  ("));
        assertEquals(last(CliRun.of("score", "samples").out()), last(r.out()), "totals count every transcript");
    }

    @Test
    void minSeverityHidesLesserFindingsButNotTheirCost() {
        CliRun r = CliRun.of("score", "samples/bad-call.txt", "--min-severity", "major");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("] minor "), r.out());
        assertTrue(r.out().contains("] major OWN-DEFLECT"), r.out());
        assertTrue(r.out().contains("  (3 below major not shown)"), r.out());
        assertTrue(r.out().contains("Score 25.0/100"), "the score is the same");
        assertTrue(r.out().contains("Findings (8):"), "and so is the count");
        CliRun bad = CliRun.of("score", "samples/bad-call.txt", "--min-severity", "huge");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--min-severity: unknown severity \"huge\""), bad.err());
    }

    @Test
    void machineFormatsIgnoreTheSelection() {
        for (String format : new String[] {"json", "jsonl", "csv", "line"}) {
            CliRun plain = CliRun.of("score", "samples", "-f", format);
            CliRun selected = CliRun.of(
                    "score", "samples", "-f", format, "--failing-only", "--min-severity", "critical", "--quiet");
            assertEquals(plain.exit(), selected.exit(), format);
            assertEquals(plain.out(), selected.out(), format);
        }
    }

    @Test
    void htmlWritesPagesForFailingTranscriptsAndListsOnlyTheChosenFindings(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of(
                "score",
                "samples",
                "-f",
                "html",
                "--output",
                dir.toString(),
                "--failing-only",
                "--min-severity",
                "major");
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> files = Files.list(dir)) {
            // the pages, not the index or the list of pages cxlint wrote (.cxlint-pages)
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".html")
                            && !f.getFileName().toString().equals("index.html"))
                    .toList()) {
                String page = Files.readString(p);
                assertTrue(page.contains("<p class=\"verdict fail\">"), p.toString());
                assertFalse(page.contains("<div class=\"note sev-minor"), p.toString());
                assertFalse(page.contains("<div class=\"note sev-strength"), p.toString());
            }
        }
        String index = Files.readString(dir.resolve("index.html"));
        assertFalse(index.contains("good-call"), "no row for a passing call");
        assertTrue(index.contains("title=\"samples/bad-call.txt\">bad-call</a>"), index);
    }

    private static String last(String out) {
        return out.lines().reduce((a, b) -> b).orElse("");
    }
}
