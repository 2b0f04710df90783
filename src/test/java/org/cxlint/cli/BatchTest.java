package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cxlint.bench.GenerateTranscripts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch scoring: parallel output equals sequential output, row formats, the summary, globs, scorecard override. */
class BatchTest {
    @TempDir
    static Path calls;

    @TempDir
    Path tmp;

    @BeforeAll
    static void generate() throws IOException {
        GenerateTranscripts.write(calls, 40);
        // a broken file in the middle: reported in its place, the rest still scored
        Files.writeString(calls.resolve("call-000020-broken.json"), "{\"turns\": [", StandardCharsets.UTF_8);
    }

    @Test
    void parallelOutputIsByteIdenticalToSequential() {
        for (String format : List.of("text", "jsonl", "json", "csv", "line")) {
            CliRun one = CliRun.of("score", "--threads", "1", "--format", format, calls.toString());
            CliRun four = CliRun.of("score", "--threads", "4", "--format", format, calls.toString());
            assertEquals(ExitCode.INPUT_ERRORS.code, one.exit(), one.err());
            assertEquals(one.exit(), four.exit());
            assertEquals(one.out(), four.out(), format);
            assertEquals(one.err(), four.err(), format);
        }
    }

    @Test
    void parallelHtmlPagesAreIdenticalToSequential() throws IOException {
        Path a = tmp.resolve("one");
        Path b = tmp.resolve("four");
        assertEquals(
                3,
                CliRun.of("score", "-j", "1", "--format", "html", "-o", a.toString(), calls.toString())
                        .exit());
        assertEquals(
                3,
                CliRun.of("score", "-j", "4", "--format", "html", "-o", b.toString(), calls.toString())
                        .exit());
        List<String> names;
        try (Stream<Path> s = Files.list(a)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(42, names.size()); // 40 pages, the index and the list of pages written
        for (String n : names) assertEquals(Files.readString(a.resolve(n)), Files.readString(b.resolve(n)), n);
        String index = Files.readString(a.resolve("index.html"));
        assertTrue(index.contains("call-000020-broken.json"), "the unreadable file is listed");
        assertTrue(index.contains("By agent") && index.contains("Agent 11"), "index carries the per-agent summary");
    }

    @Test
    void jsonlHasOneRowPerTranscriptAndAnErrorRowInPlace() throws IOException {
        CliRun run = CliRun.of("score", "--format", "jsonl", calls.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(41, lines.size());
        ObjectMapper m = new ObjectMapper();
        JsonNode broken = m.readTree(lines.get(20)); // call-000020-broken sorts before call-000020
        assertTrue(broken.get("source").asText().endsWith("call-000020-broken.json"), lines.get(20));
        assertTrue(broken.has("error"));
        JsonNode first = m.readTree(lines.get(0));
        assertEquals("call-0", first.get("id").asText());
        assertEquals("Agent 0", first.get("agent").asText());
        assertEquals("Team 0", first.get("team").asText());
        assertEquals("2026-09-01", first.get("date").asText());
        assertTrue(first.get("score").isNumber());
        assertTrue(first.get("categories").has("ownership"));
        for (String f :
                List.of("findings", "critical", "major", "minor", "info", "strengths", "criticalFailure", "pass")) {
            assertTrue(first.has(f), f);
        }
    }

    @Test
    void csvHasAHeaderCategoryColumnsAndParses() throws IOException {
        CliRun run = CliRun.of("score", "--format", "csv", calls.toString());
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows;
        try (MappingIterator<List<String>> it =
                csv.readerForListOf(String.class).readValues(run.out())) {
            rows = it.readAll();
        }
        assertEquals(42, rows.size());
        List<String> header = rows.get(0);
        assertEquals("id", header.get(0));
        assertTrue(header.contains("category.positive-language"), header.toString());
        assertEquals("error", header.get(header.size() - 1));
        for (List<String> r : rows) assertEquals(header.size(), r.size());
        List<String> broken = rows.get(21);
        assertTrue(broken.get(1).endsWith("call-000020-broken.json"));
        assertFalse(broken.get(header.size() - 1).isEmpty());
    }

    @Test
    void summaryFileAndTextReportGroupByAgentAndTeamWithTrend() throws IOException {
        Path summary = tmp.resolve("out/summary.json");
        CliRun run = CliRun.of("score", "--summary", summary.toString(), calls.toString());
        assertTrue(run.out().contains("By agent:"), run.out());
        assertTrue(run.out().contains("By team:"), run.out());
        assertTrue(run.out().contains("most frequent"), run.out());
        assertTrue(
                run.out().lines().anyMatch(l -> l.matches("      trend  2026-W\\d\\d \\d+\\.\\d \\(\\d+\\), .*")),
                run.out());
        JsonNode s = new ObjectMapper().readTree(summary.toFile());
        assertEquals("cxlint.summary/1", s.get("schema").asText());
        assertEquals(40, s.get("overall").get("transcripts").asInt());
        assertEquals(12, s.get("agents").size());
        assertEquals(3, s.get("teams").size());
        JsonNode team = s.get("teams").get(0);
        assertEquals("Team 0", team.get("name").asText());
        int sum = 0;
        for (JsonNode n : team.get("distribution")) sum += n.asInt();
        assertEquals(team.get("transcripts").asInt(), sum);
        assertTrue(team.get("byDate").size() > 1);
        assertTrue(team.get("byWeek").get(0).get("period").asText().matches("\\d{4}-W\\d{2}"));
        assertTrue(s.get("overall").get("topFindings").size() > 0);
    }

    @Test
    void singleAgentBatchHasNoGroupBlock() {
        CliRun run = CliRun.of("score", "samples/good-call.json");
        assertFalse(run.out().contains("By agent:"), run.out());
    }

    @Test
    void quotedGlobsAreExpandedSorted() {
        CliRun run = CliRun.of("score", "--format", "line", "samples/*.json");
        assertEquals(0, run.exit(), run.err());
        CliRun csv = CliRun.of("score", "--format", "csv", "samples/*.json");
        List<String> lines = csv.out().lines().toList();
        assertEquals(3, lines.size(), csv.out());
        assertTrue(lines.get(1).startsWith("good-call,samples/good-call.json"), lines.get(1));
        assertTrue(lines.get(2).startsWith("mixed-chat,samples/mixed-chat.json"), lines.get(2));
        CliRun none = CliRun.of("score", "samples/*.nothing");
        assertEquals(ExitCode.INPUT_ERRORS.code, none.exit());
    }

    @Test
    void htmlWithSeveralTranscriptsNeedsAnOutputDirectory() {
        CliRun run = CliRun.of("score", "--format", "html", "samples");
        assertEquals(ExitCode.USAGE.code, run.exit());
        assertTrue(run.err().contains("--output DIR"), run.err());
        assertEquals(
                ExitCode.USAGE.code,
                CliRun.of("score", "--output", tmp.toString(), "samples").exit());
        assertEquals(
                ExitCode.USAGE.code,
                CliRun.of("score", "--threads", "0", "samples").exit());
    }

    @Test
    void scorecardOverrideChangesPassMarkCriticalItemsAndNotApplicable() throws IOException {
        String bundled = Files.readString(Path.of("rules/scorecard.yaml"));
        Path lenient = tmp.resolve("lenient.yaml");
        Files.writeString(lenient, bundled.replace("passMark: 80", "passMark: 20"));
        assertTrue(CliRun.of("score", "--format", "jsonl", "samples/bad-call.txt")
                .out()
                .contains("\"pass\":false"));
        assertTrue(CliRun.of("score", "--format", "jsonl", "--scorecard", lenient.toString(), "samples/bad-call.txt")
                .out()
                .contains("\"pass\":true"));

        Path strict = tmp.resolve("strict.yaml");
        Files.writeString(strict, bundled.replace("rules: {}", "rules:\n  OWN-DEFLECT: {critical: true}"));
        String row = CliRun.of("score", "--format", "jsonl", "--scorecard", strict.toString(), "samples/bad-call.txt")
                .out();
        assertTrue(row.contains("\"score\":0.0"), row);
        assertTrue(row.contains("\"criticalFailure\":true"), row);
        assertTrue(row.contains("\"criticalRules\":\"OWN-DEFLECT\""), row);

        Path pass = tmp.resolve("na-pass.yaml");
        Files.writeString(pass, bundled.replace("notApplicable: skip", "notApplicable: pass"));
        assertEquals(
                0,
                CliRun.of("score", "--scorecard", pass.toString(), "samples/good-call.json")
                        .exit());

        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, bundled.replace("notApplicable: skip", "notApplicable: maybe"));
        CliRun wrong = CliRun.of("score", "--scorecard", bad.toString(), "samples/bad-call.txt");
        assertEquals(ExitCode.ERROR.code, wrong.exit());
        assertTrue(wrong.err().contains("notApplicable must be skip or pass"), wrong.err());
        assertEquals(
                ExitCode.USAGE.code,
                CliRun.of("score", "--scorecard", tmp.resolve("none.yaml").toString(), "samples")
                        .exit());
    }

    @Test
    void globExpansionMatchesBelowTheFixedPrefix() throws IOException {
        List<Path> got = InputPaths.glob(calls.toString() + "/call-00000?.json");
        assertEquals(10, got.size());
        assertTrue(got.get(0).toString().endsWith("call-000000.json"));
        assertEquals(List.of(Path.of("samples/good-call.json")), InputPaths.glob("samples/good-*.json"));
    }

    @Test
    void resumeSkipsFinishedRowsDropsACutLineAndAppendsTheRest() throws IOException {
        String full = CliRun.of("score", "--format", "jsonl", calls.toString()).out();
        List<String> lines = full.lines().toList();
        Path partial = tmp.resolve("rows.jsonl");
        // an interrupted run: 15 complete rows, then half of the 16th; the broken file is still to come
        String cut =
                String.join("\n", lines.subList(0, 15)) + "\n" + lines.get(15).substring(0, 30);
        Files.writeString(partial, cut);
        CliRun run = CliRun.of("score", "--format", "jsonl", "--resume", partial.toString(), calls.toString());
        assertEquals(ExitCode.INPUT_ERRORS.code, run.exit(), run.err());
        assertTrue(run.err().contains("15 rows already written, from 15 of 41 inputs"), run.err());
        assertEquals("", run.out());
        assertEquals(full, Files.readString(partial));
        // nothing left: nothing appended
        CliRun again = CliRun.of("score", "--format", "jsonl", "--resume", partial.toString(), calls.toString());
        assertTrue(again.err().contains("41 rows already written, from 41 of 41 inputs"), again.err());
        assertEquals(ExitCode.OK.code, again.exit());
        assertEquals(full, Files.readString(partial));
        assertEquals(
                ExitCode.USAGE.code,
                CliRun.of("score", "--format", "csv", "--resume", partial.toString(), "samples")
                        .exit());
    }
}
