package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One vocabulary, one set of numbers: the samples (plus one unreadable file) scored as text, JSON, CSV, JSONL,
 * HTML and the --summary file give the same transcripts scored, errors, passed, failed, findings and strengths.
 */
class CountsAgreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOTALS = Pattern.compile(
            "(\\d+) files?: (\\d+) transcripts? scored, (\\d+) errors?[^.]*\\. Mean score [\\d.]+; (\\d+) passed, (\\d+) failed; "
                    + "(\\d+) findings?, (\\d+) strengths?\\.");

    /** scored, errors, passed, failed, findings, strengths. */
    record Counts(int scored, int errors, int passed, int failed, int findings, int strengths) {}

    @Test
    void everyFormatCountsTheSame(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"turns\": [");
        String[] inputs = {"samples", broken.toString()};

        CliRun text = run(inputs, "-f", "text");
        Matcher m = TOTALS.matcher(text.out());
        assertTrue(m.find(), text.out());
        Counts fromText = new Counts(i(m, 2), i(m, 3), i(m, 4), i(m, 5), i(m, 6), i(m, 7));
        assertTrue(
                fromText.scored() > 10 && fromText.errors() == 1 && fromText.failed() > 0 && fromText.strengths() > 0,
                fromText.toString());
        assertTrue(!text.out().contains("could not be read."), "unreadable inputs are errors, not 'failed'");

        JsonNode json = JSON.readTree(run(inputs, "-f", "json").out());
        JsonNode s = json.get("summary");
        assertEquals(
                fromText,
                new Counts(
                        s.get("scored").asInt(),
                        s.get("errors").asInt(),
                        s.get("passed").asInt(),
                        s.get("failed").asInt(),
                        s.get("findings").asInt(),
                        s.get("strengths").asInt()),
                "JSON summary");
        assertEquals(fromText, fromReports(json), "JSON reports");

        assertEquals(fromText, fromRows(csvRows(run(inputs, "-f", "csv").out())), "CSV");
        List<Map<String, Object>> jsonl = run(inputs, "-f", "jsonl")
                .out()
                .lines()
                .map(CountsAgreeTest::row)
                .toList();
        assertEquals(fromText, fromRows(jsonl), "JSONL");

        Path html = dir.resolve("html");
        Path summary = dir.resolve("summary.json");
        run(inputs, "-f", "html", "--output", html.toString(), "--summary", summary.toString());
        assertEquals(fromText, fromPages(html, fromText.errors()), "HTML call pages");
        JsonNode all = JSON.readTree(summary.toFile()).get("overall");
        assertEquals(fromText.scored(), all.get("transcripts").asInt());
        assertEquals(fromText.passed(), all.get("passed").asInt());
        assertEquals(fromText.failed(), all.get("failed").asInt());
        assertEquals(fromText.findings(), all.get("findings").asInt());
        assertEquals(fromText.strengths(), all.get("strengths").asInt());
    }

    @Test
    void checkDoesNotSayFailedForTwoDifferentThings() {
        CliRun r = CliRun.of("check", "samples/scripts", "--today=2026-11-23");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("4 passed, 1 failed;"), r.out());
        assertTrue(r.out().contains("Check: 0 of 5 rejected."), r.out());
        assertTrue(!r.out().contains("of 5 failed"), r.out());
    }

    private static CliRun run(String[] inputs, String... args) {
        CliRun r = CliRun.of(Stream.concat(Stream.of("score"), Stream.concat(Stream.of(inputs), Stream.of(args)))
                .toArray(String[]::new));
        assertEquals(3, r.exit(), r.err());
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(String line) {
        try {
            return JSON.readValue(line, Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }

    private static Counts fromReports(JsonNode json) {
        int scored = 0, passed = 0, findings = 0, strengths = 0;
        for (JsonNode r : json.get("reports")) {
            scored++;
            if (r.get("score").get("pass").asBoolean()) passed++;
            for (JsonNode f : r.get("findings")) {
                if (f.has("status")) continue;
                if (f.get("severity").asText().equals("strength")) strengths++;
                else findings++;
            }
        }
        return new Counts(scored, json.get("errors").size(), passed, scored - passed, findings, strengths);
    }

    private static Counts fromRows(List<Map<String, Object>> rows) {
        int scored = 0, errors = 0, passed = 0, findings = 0, strengths = 0;
        for (Map<String, Object> row : rows) {
            Object error = row.get("error");
            if (error != null && !error.toString().isEmpty()) {
                errors++;
                continue;
            }
            scored++;
            if (Boolean.parseBoolean(String.valueOf(row.get("pass")))) passed++;
            findings += Integer.parseInt(String.valueOf(row.get("findings")));
            strengths += Integer.parseInt(String.valueOf(row.get("strengths")));
        }
        return new Counts(scored, errors, passed, scored - passed, findings, strengths);
    }

    private static List<Map<String, Object>> csvRows(String csv) throws Exception {
        try (MappingIterator<Map<String, Object>> it = new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            return it.readAll();
        }
    }

    /** Counts the call pages: a verdict each, a note per finding and strength (sev-strength for strengths). */
    private static Counts fromPages(Path dir, int errors) throws Exception {
        int scored = 0, passed = 0, findings = 0, strengths = 0;
        try (Stream<Path> pages = Files.list(dir)) {
            for (Path p : pages.filter(f -> f.getFileName().toString().endsWith(".html")
                            && !f.getFileName().toString().equals("index.html"))
                    .sorted()
                    .toList()) {
                String page = Files.readString(p);
                scored++;
                if (page.contains("<p class=\"verdict pass\">")) passed++;
                int notes = count(page, "<div class=\"note sev-") - count(page, "not-counted\" id=\"finding-");
                int good = count(page, "<div class=\"note sev-strength\"");
                strengths += good;
                findings += notes - good;
                Matcher tally = Pattern.compile("<p class=\"tally\">(\\d+) findings? · (\\d+) strengths?[^<]*</p>")
                        .matcher(page);
                assertTrue(tally.find(), p.toString());
                assertEquals(notes - good, Integer.parseInt(tally.group(1)), p + " tally of findings");
                assertEquals(good, Integer.parseInt(tally.group(2)), p + " tally of strengths");
            }
        }
        return new Counts(scored, errors, passed, scored - passed, findings, strengths);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
