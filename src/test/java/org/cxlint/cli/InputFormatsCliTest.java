package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The score command over the new input formats: per-record errors, --agent, role notes in reports. */
class InputFormatsCliTest {
    private static final String FIXTURES = "src/test/resources/ingest/";

    @TempDir
    Path tmp;

    @Test
    void aBadJsonLineIsNamedAndTheOtherLinesAreScored() throws Exception {
        CliRun run = CliRun.of("score", "--format", "json", FIXTURES + "jsonl/bad-line.jsonl");
        assertEquals(ExitCode.INPUT_ERRORS.code, run.exit());
        List<String> errors = run.err().lines().toList();
        assertEquals(2, errors.size(), run.err());
        assertTrue(
                errors.get(0)
                        .startsWith("cxlint: " + FIXTURES + "jsonl/bad-line.jsonl: line 2: malformed JSON at column"),
                errors.get(0));
        assertTrue(
                errors.get(1).startsWith("cxlint: " + FIXTURES + "jsonl/bad-line.jsonl#no-agent: no agent turns"),
                errors.get(1));
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(2, json.get("reports").size());
        assertEquals(
                FIXTURES + "jsonl/bad-line.jsonl#good-3",
                json.get("reports").get(1).get("transcript").get("source").asText());
        assertEquals(1, json.get("summary").get("files").asInt());
        assertEquals(2, json.get("summary").get("scored").asInt());
        assertEquals(2, json.get("summary").get("errors").asInt());
    }

    @Test
    void inferredRolesAreInTheJsonReport() throws Exception {
        CliRun run = CliRun.of("score", "--format", "json", FIXTURES + "aws-transcribe/speaker-labels.json");
        assertEquals(0, run.exit(), run.err());
        JsonNode roles = new ObjectMapper()
                .readTree(run.out())
                .get("reports")
                .get(0)
                .get("transcript")
                .get("roles");
        assertEquals("inferred", roles.get("method").asText());
        assertEquals("spk_1", roles.get("agents").get(0).asText());
        assertTrue(roles.get("confidence").asDouble() >= 0.6);
    }

    @Test
    void agentOptionOverridesInference() throws Exception {
        CliRun run = CliRun.of(
                "score", "--format", "json", "--agent", "spk_9,SPK_0", FIXTURES + "aws-transcribe/speaker-labels.json");
        assertEquals(0, run.exit(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out()).get("reports").get(0);
        assertEquals(
                "option", report.get("transcript").get("roles").get("method").asText());
        assertEquals(
                "spk_0",
                report.get("transcript").get("roles").get("agents").get(0).asText());
        assertEquals(3, report.get("transcript").get("agentTurns").asInt());
    }

    @Test
    void lowConfidenceRolesAreAWarningInTheTextReport() throws Exception {
        Path vtt = tmp.resolve("neutral.vtt");
        Files.writeString(
                vtt,
                "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Sam>Hello.\n\n00:00:02.500 --> 00:00:04.000\n<v Kit>Hello there.\n");
        CliRun run = CliRun.of("score", vtt.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(
                run.out()
                        .contains(
                                "  WARNING: roles inferred (confidence 0.30), agent is speaker \"Kit\": no agent phrases found"),
                run.out());
        assertTrue(run.out().contains("name it with --agent LABEL"), run.out());
    }

    @Test
    void inputFormatForcesAReader() throws Exception {
        Path txt = tmp.resolve("call.txt");
        Files.writeString(
                txt,
                "1\n00:00:00,000 --> 00:00:02,000\nAgent: Hello, how can I help?\n\n2\n00:00:02,500 --> 00:00:04,000\nCustomer: Hi.\n");
        CliRun run = CliRun.of("score", "--format", "json", "--input-format", "srt", txt.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(
                "srt",
                new ObjectMapper()
                        .readTree(run.out())
                        .get("reports")
                        .get(0)
                        .get("transcript")
                        .get("format")
                        .asText());
    }
}
