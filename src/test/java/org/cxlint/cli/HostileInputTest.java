package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.Linters;
import org.cxlint.ingest.Ingest;
import org.cxlint.ingest.RoleResolver;
import org.cxlint.model.Transcript;
import org.cxlint.result.InputError;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;
import org.cxlint.rules.RuleFiles;
import org.cxlint.run.Batch;
import org.cxlint.run.Scoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: one hostile file never takes the batch down with it, and bad option values are usage errors. */
class HostileInputTest {
    @TempDir
    Path tmp;

    private static final String GOOD = "Agent: Thank you for calling, how can I help?\nCustomer: My order is late.\n";

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static void noInternals(String text) {
        assertFalse(text.contains("internal error: java"), text);
        assertFalse(text.contains("Exception"), text);
        assertFalse(text.matches("(?s).*\\bjava\\.[a-z]+\\..*"), text);
        assertFalse(text.contains("\tat "), text);
    }

    @Test
    void vendorWordsWithoutEndTimesAndCsvTimesOutOfRangeDoNotStopTheBatch() throws Exception {
        write("a-assemblyai.json", """
                {"id": "aai", "status": "completed", "audio_url": "u", "utterances": [
                 {"speaker": "A", "text": "Thanks for calling, how can I help?", "start": 0, "end": null},
                 {"speaker": "A", "text": "Let me check that for you.", "start": 1000},
                 {"speaker": "B", "text": "My bill is wrong.", "start": 5000, "end": 6000}]}
                """);
        write("b-deepgram.json", """
                {"results": {"channels": [{"alternatives": [{"words": [
                 {"word": "thanks", "speaker": 0, "start": 0.0},
                 {"word": "for", "speaker": 0, "start": 0.5, "end": null},
                 {"word": "calling", "speaker": 0, "start": 0.9},
                 {"word": "hi", "speaker": 1, "start": 3.0, "end": 3.2}]}]}]}}
                """);
        write("c-bda.json", """
                {"audio_segments": [
                 {"type": "TRANSCRIPT", "speaker": {"speaker_label": "spk_0"}, "text": "Thanks for calling, how can I help?", "start_timestamp_millis": 0},
                 {"type": "TRANSCRIPT", "speaker": {"speaker_label": "spk_0"}, "text": "Let me check.", "start_timestamp_millis": 900},
                 {"type": "TRANSCRIPT", "speaker": {"speaker_label": "spk_1"}, "text": "My card was charged twice.", "start_timestamp_millis": 4000, "end_timestamp_millis": 5000}]}
                """);
        write("d-transcribe.json", """
                {"jobName": "tx", "status": "COMPLETED", "results": {"transcripts": [{"transcript": "x"}], "items": [
                 {"type": "pronunciation", "start_time": "0.0", "speaker_label": "spk_0", "alternatives": [{"content": "Thanks"}]},
                 {"type": "pronunciation", "start_time": "0.4", "speaker_label": "spk_0", "alternatives": [{"content": "for"}]},
                 {"type": "pronunciation", "start_time": "0.8", "speaker_label": "spk_0", "alternatives": [{"content": "calling"}]},
                 {"type": "pronunciation", "start_time": "3.0", "end_time": "3.4", "speaker_label": "spk_1", "alternatives": [{"content": "hi"}]}]}}
                """);
        write(
                "e-far-future.csv",
                "conversation_id,speaker,text,start\n"
                        + "c1,agent,Thank you for calling how can I help,+999999999-01-01T00:00:00Z\n"
                        + "c1,customer,My bill is wrong,+999999999-01-01T00:00:04Z\n");
        write(
                "f-negative-year.csv",
                "conversation_id,speaker,text,start\n"
                        + "c1,agent,Thank you for calling how can I help,-999999999-01-01T00:00:00Z\n"
                        + "c1,customer,My bill is wrong,2026-01-01T00:00:01Z\n");
        write(
                "g-huge-seconds.csv",
                "conversation_id,speaker,text,start\n"
                        + "c1,agent,Thank you for calling how can I help," + "9".repeat(400) + "\n"
                        + "c1,customer,My bill is wrong,2\n");
        write("z-good.txt", GOOD);
        for (String format : List.of("json", "sarif", "junit", "text")) {
            CliRun run = CliRun.of("score", "--format", format, "--agent", "A,0,spk_0", tmp.toString());
            noInternals(run.err());
            assertTrue(run.exit() == 0 || run.exit() == ExitCode.INPUT_ERRORS.code, run.exit() + run.err());
            assertFalse(run.out().isBlank(), format);
            if (format.equals("json")) {
                JsonNode json = new ObjectMapper().readTree(run.out());
                List<String> ids = new ArrayList<>();
                json.get("reports")
                        .forEach(r -> ids.add(r.get("transcript").get("id").asText()));
                // vendor files with words lacking an end time read properly
                assertTrue(ids.containsAll(List.of("aai", "b-deepgram", "c-bda", "tx", "z-good")), ids.toString());
                assertEquals(8, json.get("summary").get("files").asInt());
                // CSV times out of range: read, or refused with a plain reason naming the line
                json.get("errors").forEach(e -> {
                    assertTrue(e.get("reason").asText().matches("line \\d+: .*"), e.toString());
                    noInternals(e.get("reason").asText());
                });
            }
        }
    }

    /** Whatever a reader or the scorer throws, that file (or transcript) is an error row and the batch goes on. */
    @Test
    void anyExceptionWhileReadingOrScoringFailsOnlyThatInput() throws Exception {
        Path a = write("a.txt", GOOD);
        Path boom = write("boom.txt", GOOD);
        Path score = write("score-boom.txt", GOOD);
        Path z = write("z.txt", GOOD);
        Ingest ingest = new Ingest(null, RoleResolver.NONE);
        var linter = Linters.forRules(RuleFiles.bundled());
        Batch runner = Batch.reading(
                path -> {
                    if (path.equals(boom))
                        throw new NullPointerException("Cannot invoke \"java.lang.Double.doubleValue()\"");
                    return ingest.read(path);
                },
                Scoring.plain(linter, LocalDate.of(2026, 1, 1)).withScorer(t -> {
                    if (t.source().equals(score.toString())) throw new ArithmeticException("long overflow");
                    return linter.score(t);
                }),
                2);
        List<String> seen = new ArrayList<>();
        Summary s = runner.run(List.of(a, boom, score, z), new Batch.Sink() {
            @Override
            public void report(Transcript transcript, Report report) {
                seen.add("ok " + transcript.source());
            }

            @Override
            public void error(InputError error) {
                seen.add("error " + error.file() + ": " + error.reason());
            }
        });
        assertEquals(4, seen.size(), seen.toString());
        assertEquals("ok " + a, seen.get(0));
        assertTrue(seen.get(1).startsWith("error " + boom + ": could not be read: "), seen.get(1));
        assertTrue(seen.get(2).startsWith("error " + score + ": could not be scored: "), seen.get(2));
        assertEquals("ok " + z, seen.get(3));
        for (String line : seen) {
            noInternals(line);
            assertFalse(
                    line.contains("NullPointer") || line.contains("Arithmetic") || line.contains("doubleValue"), line);
            assertEquals(1, line.lines().count());
        }
        assertEquals(2, s.scored());
        assertEquals(2, s.errors());
    }

    @Test
    void anUnreadableSubdirectoryIsReportedAndTheRestScored() throws Exception {
        write("calls/a.txt", GOOD);
        Path locked = tmp.resolve("calls/locked");
        write("calls/locked/b.txt", GOOD);
        write("calls/z/c.txt", GOOD);
        // root reads anything: simulate the refusal through the directory lister
        InputPaths.Expanded e = InputPaths.expand(List.of(tmp.resolve("calls")), dir -> {
            if (dir.equals(locked)) throw new AccessDeniedException(dir.toString());
            return InputPaths.LIST.list(dir);
        });
        assertEquals(List.of(tmp.resolve("calls/a.txt"), locked, tmp.resolve("calls/z/c.txt")), e.files());
        assertEquals("cannot read directory: permission denied", e.unreadable().get(locked));
    }

    @Test
    void anUnreadableSubdirectoryThroughTheCommandLine() throws Exception {
        write("calls/a.txt", GOOD);
        Path locked = tmp.resolve("calls/locked");
        write("calls/locked/b.txt", GOOD);
        write("calls/z/c.txt", GOOD);
        try {
            locked.toFile().setReadable(false, false);
            locked.toFile().setExecutable(false, false);
            org.junit.jupiter.api.Assumptions.assumeFalse(
                    Files.isReadable(locked), "running as root: the lister test covers this");
            CliRun run =
                    CliRun.of("score", "--format", "json", tmp.resolve("calls").toString());
            assertEquals(ExitCode.INPUT_ERRORS.code, run.exit(), run.err());
            assertEquals(
                    "cxlint: " + locked + ": cannot read directory: permission denied",
                    run.err().strip());
            JsonNode json = new ObjectMapper().readTree(run.out());
            assertEquals(2, json.get("reports").size());
            assertEquals(1, json.get("errors").size());
        } finally {
            locked.toFile().setReadable(true, false);
            locked.toFile().setExecutable(true, false);
        }
    }

    private static void usage(String expected, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(ExitCode.USAGE.code, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains(expected), run.err());
        noInternals(run.err());
    }

    @Test
    void badOptionValuesAreUsageErrorsNamingTheOption() throws Exception {
        Path good = write("good.txt", GOOD);
        for (String v : List.of("NaN", "-1", "100.5", "Infinity"))
            usage("--fail-under", "score", good.toString(), "--fail-under", v);
        for (String v : List.of("0", "-3", "2147483647", "100000"))
            usage("--threads", "score", good.toString(), "--threads", v);
        Path dir = Files.createDirectories(tmp.resolve("resume-dir"));
        usage("--resume", "score", good.toString(), "--format", "jsonl", "--resume", dir.toString());
        usage(
                "--resume",
                "score",
                good.toString(),
                "--format",
                "jsonl",
                "--resume",
                tmp.resolve("no/such/dir/rows.jsonl").toString());
    }

    @Test
    void anExpectationNamingAnUnknownRuleIsAUsageError() throws Exception {
        write("suite/a.txt", GOOD);
        write("suite/cxlint-suite.yaml", """
                scripts:
                  - file: a.txt
                    mustFire: [OWN-DEFLECT]
                    mustNotFire: [OWN-DEFLCT]
                """);
        usage(
                "cxlint-suite.yaml:4: mustNotFire names unknown rule \"OWN-DEFLCT\"",
                "check",
                tmp.resolve("suite").toString());
        write("suite/cxlint-suite.yaml", """
                defaults: {mustFire: [NOT-A-RULE]}
                scripts:
                  - file: a.txt
                """);
        usage(
                "mustFire names unknown rule \"NOT-A-RULE\"",
                "check",
                tmp.resolve("suite").toString());
    }
}
