package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cxlint check, thresholds, baselines, waivers and the exit codes README documents. */
class CheckCommandTest {
    private static final String TODAY = "--today=2026-11-23";

    @Test
    void exampleSuitePasses() {
        CliRun r = CliRun.of("check", "samples/scripts", TODAY);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Check: 0 of 5 rejected."), r.out());
        assertTrue(
                r.out().contains("(waived)"), "the waiver in no-po-box-exchange.json is shown, not hidden: " + r.out());
    }

    @Test
    void deliberatelyFailingSuiteExitsFourAndSaysWhy() {
        CliRun r = CliRun.of("check", "samples/scripts/failing/cxlint-suite.yaml", TODAY);
        assertEquals(4, r.exit());
        assertTrue(r.out().contains("Check: REJECTED [failing-example]"), r.out());
        assertTrue(
                r.out().contains("- POS-REFUSAL must not fire but flagged turn 1 (\"There's nothing I can do\")"),
                r.out());
    }

    @Test
    void failOnAndFailUnderGateScore() {
        assertEquals(
                4,
                CliRun.of("score", "samples/bad-call.txt", "--fail-on", "major").exit());
        assertEquals(
                0,
                CliRun.of("score", "samples/good-call.json", "--fail-on", "minor", "--fail-under", "95")
                        .exit());
        CliRun under = CliRun.of("score", "samples/mixed-chat.json", "--fail-under", "99");
        assertEquals(4, under.exit());
        assertTrue(under.out().contains("is under --fail-under 99"), under.out());
        // without a threshold, score keeps its old contract: findings alone never fail the run
        assertEquals(0, CliRun.of("score", "samples/bad-call.txt").exit());
    }

    @Test
    void baselineFailsOnlyOnNewFindings(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("macro.txt");
        Files.writeString(script, "Agent: Our policy says returns close after 30 days.\n");
        Path baseline = dir.resolve("cxlint-baseline.json");

        CliRun update = CliRun.of(
                "score",
                script.toString(),
                "--fail-on",
                "minor",
                "--baseline",
                baseline.toString(),
                "--update-baseline");
        assertEquals(0, update.exit(), update.out() + update.err());
        String saved = Files.readString(baseline);
        assertTrue(saved.contains("\"schema\" : \"cxlint.baseline/1\""), saved);
        assertTrue(saved.contains("\"quote\" : \"our policy says\""), saved);

        // an edit elsewhere (a new first turn) does not make the old finding new
        Files.writeString(script, "Agent: Hello!\nAgent: Our policy says returns close after 30 days.\n");
        CliRun same = CliRun.of("score", script.toString(), "--fail-on", "minor", "--baseline", baseline.toString());
        assertEquals(0, same.exit(), same.out());
        assertTrue(same.out().contains("(baselined)"), same.out());

        Files.writeString(script, "Agent: Our policy says returns close after 30 days. I just work here.\n");
        CliRun fresh = CliRun.of("score", script.toString(), "--fail-on", "minor", "--baseline", baseline.toString());
        assertEquals(4, fresh.exit(), fresh.out());
        assertTrue(fresh.out().contains("OWN-DEFLECT (major) in turn 1 is at or above --fail-on minor"), fresh.out());
        assertFalse(fresh.out().contains("POS-POLICY (minor) in turn 1 is at or above"), fresh.out());
    }

    @Test
    void waiversApplyUntilTheyExpire(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("waived.json");
        Files.writeString(t, """
                {"turns": [{"speaker": "agent", "text": "I just work here."}],
                 "waivers": [{"rule": "OWN-DEFLECT", "turn": 1, "reason": "training example", "expires": "2026-06-30"}]}
                """);
        CliRun before = CliRun.of("score", t.toString(), "--fail-on", "major", "--today", "2026-06-30", "-f", "json");
        assertEquals(0, before.exit(), before.out());
        assertTrue(before.out().contains("\"status\" : \"waived\""), before.out());
        assertTrue(before.out().contains("\"note\" : \"training example (until 2026-06-30)\""), before.out());

        CliRun after = CliRun.of("score", t.toString(), "--fail-on", "major", "--today", "2026-07-01");
        assertEquals(4, after.exit(), after.out());
        assertTrue(after.out().contains("counts again: waiver expired on 2026-06-30: training example"), after.out());
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, CliRun.of("score", "samples/", "-f", "xml").exit());
        assertEquals(2, CliRun.of("score", "samples/", "--fail-on", "awful").exit());
        assertEquals(2, CliRun.of("score", "samples/", "--update-baseline").exit());
        assertEquals(
                2,
                CliRun.of(
                                "score",
                                "samples/",
                                "--baseline",
                                dir.resolve("missing.json").toString())
                        .exit());
        assertEquals(2, CliRun.of("check", dir.toString()).exit());
        Files.writeString(dir.resolve("cxlint-suite.yaml"), "scripts:\n  - file: nowhere.txt\n");
        CliRun missing = CliRun.of("check", dir.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("script nowhere.txt not found"), missing.err());
        Files.writeString(dir.resolve("cxlint-suite.yaml"), "scripts:\n  - file: a.txt\n    minscore: 3\n");
        CliRun typo = CliRun.of("check", dir.toString());
        assertTrue(typo.err().contains("unknown field \"minscore\""), typo.err());
    }

    @Test
    void findingsBeatUnreadableInputs(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"turns\": [");
        assertEquals(
                3,
                CliRun.of("score", "samples/good-call.json", broken.toString(), "--fail-on", "major")
                        .exit());
        assertEquals(
                4,
                CliRun.of("score", "samples/bad-call.txt", broken.toString(), "--fail-on", "major")
                        .exit());
    }
}
