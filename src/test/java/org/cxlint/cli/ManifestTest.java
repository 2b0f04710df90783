package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Metadata for vendor files that carry none: a manifest beside the inputs or named with --manifest, and
 * --meta for one-off values; per-agent summaries then group by the names it gives.
 */
class ManifestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Speech-to-text samples: none of them names its agent. */
    private static Path vendorFolder(Path dir) throws Exception {
        Path calls = Files.createDirectories(dir.resolve("calls"));
        for (String f : List.of("deepgram-call.json", "assemblyai-call.json", "aws-transcribe-call.json")) {
            Files.copy(Path.of("samples/formats", f), calls.resolve(f));
        }
        return calls;
    }

    @Test
    void aManifestBesideTheInputsNamesTheirAgents(@TempDir Path dir) throws Exception {
        Path calls = vendorFolder(dir);
        Files.writeString(calls.resolve("cxlint-manifest.csv"), """
                file,Agent Name,team,date,queue
                deepgram-call.json,Ana Ruiz,Billing,2026-10-01,billing-en
                assemblyai-call.json,Ben Cho,Billing,2026-10-02,
                "aws-transcribe-call.json","Ana Ruiz",Billing,2026-10-08,"billing, priority"
                """);
        Path summary = dir.resolve("summary.json");
        CliRun r = CliRun.of("score", calls.toString(), "-f", "json", "--summary", summary.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode reports = JSON.readTree(r.out()).get("reports");
        assertEquals(3, reports.size(), "the manifest is not scored as a transcript");
        JsonNode first = reports.get(0).get("transcript").get("metadata");
        assertEquals("Ben Cho", first.get("agent").asText());
        assertEquals("2026-10-02", first.get("date").asText());
        assertFalse(first.path("extra").has("queue"), "an empty cell adds nothing");
        JsonNode second = reports.get(1).get("transcript").get("metadata");
        assertEquals("billing, priority", second.get("extra").get("queue").asText());

        List<String> agents = new ArrayList<>();
        JSON.readTree(summary.toFile())
                .get("agents")
                .forEach(a -> agents.add(
                        a.get("name").asText() + "=" + a.get("transcripts").asInt()));
        assertEquals(List.of("Ana Ruiz=2", "Ben Cho=1"), agents, "no call left under (none)");
    }

    @Test
    void manifestByIdMetaForTheRestAndTheTranscriptsOwnValuesWin(@TempDir Path dir) throws Exception {
        Path manifest = Files.writeString(dir.resolve("agents.json"), """
                {"bad-call": {"agent": "Someone Else", "customer": "Dana Ortiz", "site": "Leeds"},
                 "ibm-fixture-2": {"agent": "Kim Osei", "score_card": 3}}
                """);
        CliRun r = CliRun.of(
                "score",
                "samples/bad-call.txt",
                "src/test/resources/ingest/ibm-twitter/conversations.json",
                "-f",
                "json",
                "--manifest",
                manifest.toString(),
                "--meta",
                "team=Care",
                "--meta",
                "region=EU");
        assertEquals(3, r.exit(), "the fixture holds one bad conversation: " + r.err());
        JsonNode reports = JSON.readTree(r.out()).get("reports");
        JsonNode bad = reports.get(0).get("transcript").get("metadata");
        assertEquals("Marcus Hale", bad.get("agent").asText(), "the transcript's own agent wins over the manifest");
        assertEquals("Returns", bad.get("team").asText(), "and over --meta");
        assertEquals("Leeds", bad.get("extra").get("site").asText(), "what it lacks is filled");
        assertEquals("EU", bad.get("extra").get("region").asText());
        JsonNode ibm = null;
        for (JsonNode rep : reports)
            if (rep.get("transcript").get("id").asText().equals("ibm-fixture-2")) ibm = rep;
        JsonNode m = ibm.get("transcript").get("metadata");
        assertEquals("Kim Osei", m.get("agent").asText());
        assertEquals("BrightwaterCare", m.get("team").asText(), "the IBM reader's team (the company) stays");
        assertEquals("3", m.get("extra").get("score_card").asText());
        for (JsonNode rep : reports) {
            String id = rep.get("transcript").get("id").asText();
            if (!id.equals("ibm-fixture-2") && id.startsWith("ibm"))
                assertFalse(rep.get("transcript").get("metadata").has("agent"), id);
        }
    }

    @Test
    void badManifestsAreUsageErrorsWithFileAndLine(@TempDir Path dir) throws Exception {
        Path calls = vendorFolder(dir);
        assertUsage(
                dir,
                "dup.csv",
                "file,agent\na.json,A\nb.json,B\na.json,C\n",
                ":4: \"a.json\" is listed twice (first on line 2)");
        assertUsage(dir, "nokey.csv", "agent,team\nAna,Billing\n", ":2: entry has no file name or id");
        assertUsage(
                dir,
                "nested.json",
                "[{\"file\": \"a.json\", \"agent\": \"A\"},\n {\"file\": \"b.json\", \"agent\": {\"name\": \"B\"}}]",
                ":2: \"agent\" must be text or a number");
        assertUsage(dir, "cut.json", "[{\"file\": \"a.json\",\n", ":2: malformed JSON");
        assertUsage(dir, "empty.csv", "file,agent\n", ": no entries");
        CliRun missing = CliRun.of(
                "score", calls.toString(), "--manifest", dir.resolve("nope.csv").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.csv: cannot read: not found"), missing.err());
        // a broken manifest found beside the inputs stops the run before scoring, too
        Files.writeString(calls.resolve("cxlint-manifest.csv"), "file,agent\n\"deepgram-call.json,Ana\n");
        CliRun beside = CliRun.of("score", calls.toString());
        assertEquals(2, beside.exit());
        assertTrue(beside.err().startsWith("cxlint: manifest " + calls.resolve("cxlint-manifest.csv")), beside.err());
        assertEquals(
                1, beside.err().lines().filter(l -> l.startsWith("cxlint:")).count(), "one line: " + beside.err());
    }

    @Test
    void entriesThatMatchNoTranscriptAreNamedOnStderr(@TempDir Path dir) throws Exception {
        Path calls = vendorFolder(dir);
        Path m = Files.writeString(
                dir.resolve("agents.csv"), "file,agent\ndeepgram-call.json,Ana\ndeepgram-cal.json,Typo\n");
        CliRun r = CliRun.of("score", calls.toString(), "--manifest", m.toString(), "-f", "jsonl");
        assertEquals(0, r.exit(), "a warning, not an error: " + r.err());
        assertEquals(
                "cxlint: manifest " + m + ": 1 of 2 entries matched no transcript: line 3 (\"deepgram-cal.json\")",
                r.err().strip());
        assertTrue(r.out().contains("\"agent\":\"Ana\""), r.out());
    }

    @Test
    void metaNeedsKeyAndValue() {
        CliRun r = CliRun.of("score", "samples/bad-call.txt", "--meta", "agent=");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--meta takes KEY=VALUE"), r.err());
    }

    private static void assertUsage(Path dir, String name, String content, String expected) throws Exception {
        Path m = Files.writeString(dir.resolve(name), content);
        CliRun r = CliRun.of("score", dir.resolve("calls").toString(), "--manifest", m.toString());
        assertEquals(2, r.exit(), name + ": " + r.err());
        assertTrue(r.err().contains("--manifest " + m + expected), name + ": " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
