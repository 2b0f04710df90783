package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    @TempDir
    Path tmp;

    @Test
    void scoresTheSamplesAndExitsZero() {
        CliRun run = CliRun.of("score", "samples");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("samples/bad-call.txt"), run.out());
        assertTrue(
                run.out()
                        .contains(
                                "Try: To keep it fair for everyone, returns are only accepted within 30 days of purchase."),
                run.out());
        assertTrue(
                run.out().lines().anyMatch(l -> l.matches("\\d+ files: \\d+ transcripts scored, 0 errors\\..*")),
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void lineFormatIsPathLineColSeverityRuleMessage() throws IOException {
        CliRun run = CliRun.of("score", "--format", "line", "samples/bad-call.txt");
        assertEquals(0, run.exit());
        List<String> lines = run.out().lines().toList();
        assertFalse(lines.isEmpty());
        for (String l : lines) {
            assertTrue(
                    l.matches(
                            "samples/bad-call\\.txt:\\d+:\\d+: (critical|major|minor|info|strength) [A-Z]+-[A-Z-]+ .+"),
                    l);
        }
        // the file's own line and column: a click opens the flagged words
        String deflect = lines.stream()
                .filter(l -> l.contains(" OWN-DEFLECT "))
                .findFirst()
                .orElseThrow();
        assertTrue(deflect.startsWith("samples/bad-call.txt:13:70: major OWN-DEFLECT Deflects ownership"), deflect);
        assertTrue(Files.readAllLines(Path.of("samples/bad-call.txt")).get(12).startsWith("not my department", 69));
    }

    @Test
    void badFilesAreNamedWithTheirReasonAndTheRestIsStillScored() throws IOException {
        Path broken = write("broken.json", "{\"turns\": [ {\"speaker\": \"agent\", \"text\": \"hi\"}");
        Path empty = write("empty.txt", "");
        Path binary = tmp.resolve("blob.txt");
        Files.write(binary, new byte[] {'A', 'g', 0, 1, 2, 3});
        Path latin1 = tmp.resolve("latin1.txt");
        Files.write(latin1, "Agent: Caf\u00e9 ol\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path unknown = write("notes.txt", "just some notes\nwith no speakers\n");
        Path speaker = write("speaker.json", "{\"turns\": [{\"speaker\": \"wizard\", \"text\": \"hi\"}]}");
        CliRun run = CliRun.of(
                "score",
                "--format",
                "json",
                broken.toString(),
                "samples/good-call.json",
                empty.toString(),
                binary.toString(),
                latin1.toString(),
                unknown.toString(),
                speaker.toString(),
                tmp.resolve("missing.json").toString());
        assertEquals(ExitCode.INPUT_ERRORS.code, run.exit());
        List<String> errors = run.err().lines().toList();
        assertEquals(6, errors.size(), run.err());
        assertTrue(
                errors.get(0).matches("cxlint: .*broken\\.json: malformed JSON at line 1, column \\d+: .*"),
                errors.get(0));
        assertTrue(errors.get(1).endsWith("empty.txt: file is empty"), errors.get(1));
        assertTrue(errors.get(2).contains("blob.txt: binary content"), errors.get(2));
        // Latin-1 is read as Windows-1252 and the report says so (README, "Encodings")
        assertTrue(errors.get(3).contains("notes.txt: line 1: expected \"Agent: ...\""), errors.get(3));
        assertTrue(errors.get(4).contains("speaker.json: turn 1: unknown speaker \"wizard\""), errors.get(4));
        assertTrue(errors.get(5).endsWith("missing.json: file not found"), errors.get(5));
        assertFalse(run.err().contains("Exception"), "no stack traces for user errors");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(2, json.get("reports").size());
        assertEquals(
                "good-call",
                json.get("reports").get(0).get("transcript").get("id").asText());
        assertTrue(json.get("reports")
                .get(1)
                .get("transcript")
                .get("encoding")
                .asText()
                .startsWith("windows-1252"));
        assertEquals(6, json.get("errors").size());
        assertEquals(8, json.get("summary").get("files").asInt());
        assertEquals(2, json.get("summary").get("scored").asInt());
        assertEquals(6, json.get("summary").get("errors").asInt());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("score", "--format", "pdf", "samples");
        assertEquals(ExitCode.USAGE.code, run.exit());
        assertTrue(
                run.err()
                        .contains(
                                "unknown --format \"pdf\" (known: text, json, line, junit, sarif, csv, jsonl, html, github)"),
                run.err());
        assertEquals(
                List.of(
                        "cxlint: unknown --format \"pdf\" (known: text, json, line, junit, sarif, csv, jsonl, html, github)",
                        "Try 'cxlint score --help'."),
                run.err().lines().toList(),
                "one line and a pointer, not the option list");
        CliRun missing = CliRun.of("score");
        assertEquals(ExitCode.USAGE.code, missing.exit());
        assertEquals(2, missing.err().lines().count(), missing.err());
    }

    @Test
    void aRuleThatDoesNotCompileStopsTheRunNamingFileAndLine() throws IOException {
        Path rules = Files.createDirectory(tmp.resolve("rules"));
        Files.copy(Path.of("rules/scorecard.yaml"), rules.resolve("scorecard.yaml"));
        Files.writeString(rules.resolve("broken.drl"), "package x\n\nrule \"X\"\nwhen\n    Nonsense(\nthen\nend\n");
        CliRun run = CliRun.of("score", "--rules", rules.toString(), "samples/good-call.json");
        assertEquals(ExitCode.ERROR.code, run.exit());
        assertTrue(run.err().contains("broken.drl:"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void noBundledRulesScoresWithTheUsersRulesAlone() throws IOException {
        Path rules = Files.createDirectory(tmp.resolve("myrules"));
        Files.copy(Path.of("rules/scorecard.yaml"), rules.resolve("scorecard.yaml"));
        Files.copy(Path.of("rules/ownership.yaml"), rules.resolve("ownership.yaml"));
        Files.copy(Path.of("rules/ownership.drl"), rules.resolve("ownership.drl"));
        CliRun run = CliRun.of(
                "score", "--no-bundled-rules", "--rules", rules.toString(), "--format", "line", "samples/bad-call.txt");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().allMatch(l -> l.contains(" OWN-DEFLECT ")), run.out());
        assertEquals(3, run.out().lines().count());
    }

    @Test
    void aTranscriptOnWhichTheRulesNeverSettleFailsAloneAndTheBatchGoesOn() throws IOException {
        Path rules = Files.createDirectory(tmp.resolve("runaway"));
        for (String f : List.of("scorecard.yaml", "ownership.yaml", "ownership.drl"))
            Files.copy(Path.of("rules", f), rules.resolve(f));
        // each Tick makes another: the bounded fireAllRules must stop it, for this transcript only
        Files.writeString(rules.resolve("runaway.drl"), """
                package org.cxlint.rules
                import org.cxlint.facts.PhraseHit
                declare Tick end
                rule "seed" when PhraseHit(phrase == "deflect") then insert(new Tick()); end
                rule "grow" when Tick() then insert(new Tick()); end
                """);
        CliRun run = CliRun.of(
                "score",
                "--rules",
                rules.toString(),
                "--format",
                "line",
                "samples/bad-call.txt",
                "samples/good-call.json");
        assertEquals(ExitCode.INPUT_ERRORS.code, run.exit(), run.err());
        assertTrue(
                run.err().contains("bad-call.txt")
                        && run.err().contains("could not be scored")
                        && run.err().contains("without settling")
                        && !run.err().contains("Exception"),
                run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertFalse(run.out().contains("bad-call.txt:"), run.out());
        CliRun json = CliRun.of(
                "score",
                "--rules",
                rules.toString(),
                "--format",
                "jsonl",
                "samples/bad-call.txt",
                "samples/good-call.json");
        assertTrue(json.out().contains("good-call"), "the other transcript is still scored: " + json.out());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }
}
