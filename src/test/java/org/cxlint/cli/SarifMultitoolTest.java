package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF a user's CI would upload, checked by Microsoft's SARIF Multitool: 0 errors and 0 warnings, for
 * files under the working directory and outside it, with '#', '%', spaces and non-ASCII in their names, with
 * input errors, waivers and strengths. (Every other test's SARIF also goes through it, in Schemas.)
 */
class SarifMultitoolTest {
    private static final String TODAY = "--today=2025-01-01";

    @BeforeAll
    static void multitool() {
        Assumptions.assumeTrue(SarifMultitool.installed(), SarifMultitool::notInstalled);
    }

    private static void assertAccepted(CliRun r) throws Exception {
        assertTrue(r.out().startsWith("{"), r.err());
        Schemas.assertValidSarif(r.out()); // the JSON schema, then the Multitool
    }

    @Test
    void samplesAndScripts() throws Exception {
        assertAccepted(CliRun.of("score", "samples/", "-f", "sarif", TODAY));
        assertAccepted(CliRun.of("score", "samples/", "-f", "sarif", "--sarif-strengths", TODAY));
        assertAccepted(CliRun.of("check", "samples/scripts", "-f", "sarif", TODAY));
        assertAccepted(CliRun.of("check", "samples/scripts/failing", "-f", "sarif", TODAY));
    }

    @Test
    void oddFileNamesOutsideTheWorkingDirectory(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("a #1% b"));
        Path text = Files.copy(Path.of("samples/bad-call.txt"), sub.resolve("call 50%#2.txt"));
        Path json = Files.copy(Path.of("samples/mixed-chat.json"), sub.resolve("ché z%20.json"));
        Path csv = Files.copy(Path.of("samples/formats/csv-chats.csv"), sub.resolve("chats #.csv"));
        Path broken = Files.writeString(sub.resolve("broken %.json"), "{\"turns\": [");
        CliRun r = CliRun.of(
                "score",
                text.toAbsolutePath().toString(),
                json.toString(),
                csv.toString(),
                broken.toString(),
                "-f",
                "sarif",
                TODAY);
        assertEquals(ExitCode.INPUT_ERRORS.code, r.exit(), r.err());
        assertAccepted(r);
        assertTrue(
                r.out().contains("file:///")
                        && r.out().contains("%23")
                        && r.out().contains("%25"),
                r.out());
        // the same files named relative to a root of their own
        assertAccepted(CliRun.of("score", sub.toString(), "-f", "sarif", "--sarif-root", dir.toString(), TODAY));
    }

    @Test
    void oddFileNamesUnderTheWorkingDirectory() throws Exception {
        Path sub = Files.createDirectories(Path.of("target", "sarif multitool", "x #1%"));
        Path text = Files.copy(
                Path.of("samples/bad-call.txt"),
                sub.resolve("call 50%#2.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliRun r = CliRun.of(
                "score", text.toString(), "samples/good-call.json", "-f", "sarif", "--sarif-strengths", TODAY);
        assertAccepted(r);
        assertTrue(r.out().contains("\"target/sarif%20multitool/x%20%231%25/call%2050%25%232.txt\""), r.out());
        assertFalse(r.out().contains("file:///" + "target"), r.out());
    }

    @Test
    void baselinedFindingsAndRepeatedWords(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(
                dir.resolve("macro.txt"),
                "Agent: Our policy says returns close after 30 days. I just work here. Honestly, I just work here.\n");
        Path baseline = dir.resolve("baseline.json");
        assertEquals(
                0,
                CliRun.of("score", script.toString(), "--baseline", baseline.toString(), "--update-baseline")
                        .exit());
        Files.writeString(
                script,
                "Agent: Hello!\nAgent: Our policy says returns close after 30 days. I just work here. "
                        + "Honestly, I just work here.\n");
        CliRun r = CliRun.of(
                "score",
                script.toString(),
                "--baseline",
                baseline.toString(),
                "-f",
                "sarif",
                "--sarif-root",
                dir.toString());
        assertAccepted(r);
        assertTrue(r.out().contains("\"baselineState\" : \"unchanged\""), r.out());
        // the same words flagged twice are two alerts: one fingerprint each
        var results = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out())
                .path("runs")
                .path(0)
                .path("results");
        java.util.Set<String> prints = new java.util.HashSet<>();
        int deflects = 0;
        for (var res : results) {
            assertTrue(
                    prints.add(res.path("partialFingerprints")
                            .path("cxlintFinding/v2")
                            .asText()),
                    res.toString());
            if (res.path("ruleId").asText().equals("OWN-DEFLECT")) deflects++;
        }
        assertEquals(2, deflects, results.toString());
    }

    @Test
    void theCheckerCatchesWhatItShould() throws Exception {
        // guards the guard: a log with a relative URI that is not a valid URI reference must not pass
        String bad = CliRun.of("score", "samples/bad-call.txt", "-f", "sarif", TODAY)
                .out()
                .replace("\"samples/bad-call.txt\"", "\"samples/bad call#1#2.txt\"");
        List<String> problems = SarifMultitool.problems(bad);
        assertFalse(problems.isEmpty(), "the Multitool accepted an invalid URI");
    }
}
