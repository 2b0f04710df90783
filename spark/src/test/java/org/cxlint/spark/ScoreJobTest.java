package org.cxlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.cxlint.cli.Cli;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local[2] on the project's samples gives the CLI's results: same scores, same findings, same
 * report JSON (but for where the transcript came from). Bad records land in errors with a reason.
 */
class ScoreJobTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TODAY = "2026-11-01";

    private static SparkSession spark;
    private static List<Transcript> samples;
    /** The CLI's report for each sample id, from `cxlint score DIR --format json`. */
    private static Map<String, JsonNode> cli;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        samples = TranscriptJson.samples();
        Path files = Files.createDirectories(tmp.resolve("files"));
        for (Transcript t : samples) {
            Files.writeString(files.resolve(t.id() + ".json"), TranscriptJson.line(t), StandardCharsets.UTF_8);
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), "score", files.toString(), "--format", "json",
                "--today", TODAY);
        assertEquals(0, code, err.toString());
        cli = new HashMap<>();
        for (JsonNode r : MAPPER.readTree(out.toString()).get("reports")) cli.put(r.at("/transcript/id").asText(), r);
        assertEquals(samples.size(), cli.size());

        spark = SparkSession.builder().master("local[2]").appName("cxlint-test")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                // small data: compiling whole-stage code costs more than it saves
                .config("spark.sql.codegen.wholeStage", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void jsonLinesGiveTheClisResultsAndBadLinesLandInErrors() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Transcript t : samples) lines.add(TranscriptJson.line(t));
        lines.add(1, "{\"id\": \"broken\", \"turns\": [");                                            // malformed
        lines.add(3, "");                                                                             // not a record
        lines.add("{\"id\": \"who\", \"turns\": [{\"speaker\": \"martian\", \"text\": \"Greetings.\"}]}"); // readable, invalid
        Path input = tmp.resolve("in.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path output = tmp.resolve("out-jsonl");

        ScoreJob.Counts counts = ScoreJob.run(spark, JobOptions.parse("--input", input.toString(), "--output",
                output.toString(), "--today", TODAY, "--partitions", "3"));

        assertEquals(new ScoreJob.Counts(samples.size(), 2, counts.agents()), counts);
        List<Row> results = spark.read().parquet(output.resolve("results/parquet").toString()).collectAsList();
        assertEquals(samples.size(), results.size());
        for (Row r : results) {
            String id = r.getAs("id");
            JsonNode expected = cli.get(id);
            assertEquals(expected.at("/score/overall").asDouble(), (double) r.getAs("score"), id);
            assertEquals(expected.at("/score/pass").asBoolean(), (boolean) r.getAs("pass"), id);
            assertEquals(ruleIds(expected), rulesOf(r), id);
            JsonNode actual = MAPPER.readTree((String) r.getAs("report_json"));
            assertTrue(actual.at("/transcript/source").asText().endsWith("in.jsonl#" + offsetOf(lines, id)), id);
            assertEquals(withoutSource(expected), withoutSource(actual), id);
        }
        // the JSON Lines copy holds the same rows
        assertEquals(samples.size(), spark.read().json(output.resolve("results/jsonl").toString()).count());

        Map<String, Row> errors = new LinkedHashMap<>();
        for (Row e : spark.read().json(output.resolve("errors").toString()).collectAsList()) {
            errors.put(e.getAs("id") == null ? "(no id)" : e.getAs("id"), e);
        }
        assertEquals(List.of("(no id)", "who"), errors.keySet().stream().sorted().toList());
        Row broken = errors.get("(no id)");
        assertTrue(((String) broken.getAs("reason")).startsWith("malformed JSON"), broken.toString());
        assertEquals((long) offsetOf(lines, "broken"), (long) broken.getAs("offset"));
        assertTrue(((String) errors.get("who").getAs("reason")).contains("unknown speaker \"martian\""));

        List<Row> summary = spark.read().parquet(output.resolve("summary/parquet").toString()).collectAsList();
        assertEquals(counts.agents(), summary.size());
        assertEquals(samples.size(), summary.stream().mapToLong(s -> s.getAs("transcripts")).sum());
        Row marcus = summary.stream().filter(s -> "Marcus Hale".equals(s.getAs("agent"))).findFirst().orElseThrow();
        JsonNode bad = cli.get("bad-call");
        assertEquals(1L, (long) marcus.getAs("transcripts"));
        assertEquals(bad.at("/score/overall").asDouble(), (double) marcus.getAs("mean_score"));
        List<Row> top = marcus.getList(marcus.fieldIndex("top_findings"));
        assertTrue(!top.isEmpty() && top.size() <= 3);
    }

    @Test
    void parquetInputInTheDocumentedLayoutScoresLikeTheCli() {
        List<Row> rows = new ArrayList<>();
        for (Transcript t : samples) {
            List<Row> turns = new ArrayList<>();
            for (Turn turn : t.turns()) turns.add(RowFactory.create(turn.speaker().label(), turn.text(), turn.start(), turn.end()));
            var m = t.metadata();
            List<Row> waivers = new ArrayList<>();
            for (var w : t.waivers()) {
                waivers.add(RowFactory.create(w.rule(), w.turn(), w.reason(), w.expires() == null ? null : w.expires().toString()));
            }
            rows.add(RowFactory.create(t.id(), t.channel(), m.agent(), m.team(), m.customer(), m.date(),
                    RecordScorer.scalaMap(m.extra()), RecordScorer.scalaSeq(turns), RecordScorer.scalaSeq(waivers)));
        }
        assertTrue(samples.stream().anyMatch(t -> !t.waivers().isEmpty()), "some sample should carry a waiver");
        // a row without turns and one whose waiver names a turn it lacks: both must come back as errors
        rows.add(RowFactory.create("empty", "call", null, null, null, null, null, RecordScorer.scalaSeq(List.of()), null));
        rows.add(RowFactory.create("bad-waiver", "chat", null, null, null, null, null,
                RecordScorer.scalaSeq(List.of(RowFactory.create("agent", "Hello", null, null))),
                RecordScorer.scalaSeq(List.of(RowFactory.create("POS-POLICY", 9, "contract", null)))));
        Path input = tmp.resolve("in.parquet");
        spark.createDataFrame(rows, Schemas.PARQUET_INPUT).coalesce(2).write().parquet(input.toString());
        Path output = tmp.resolve("out-parquet");

        ScoreJob.Counts counts = ScoreJob.run(spark, JobOptions.parse("--input", input.toString(), "--output",
                output.toString(), "--today", TODAY));

        assertEquals(samples.size(), counts.results());
        assertEquals(2, counts.errors());
        for (Row r : spark.read().parquet(output.resolve("results/parquet").toString()).collectAsList()) {
            String id = r.getAs("id");
            JsonNode expected = cli.get(id);
            assertEquals(expected.at("/score/overall").asDouble(), (double) r.getAs("score"), id);
            assertEquals(ruleIds(expected), rulesOf(r), id + ": waived findings marked as the CLI marks them");
            assertTrue(((String) r.getAs("source")).contains("#row="), id);
        }
        Map<String, String> reasons = new java.util.TreeMap<>();
        for (Row e : spark.read().json(output.resolve("errors").toString()).collectAsList()) reasons.put(e.getAs("id"), e.getAs("reason"));
        assertEquals("no \"turns\" in transcript", reasons.get("empty"));
        assertEquals("waiver 1: turn 9 is not between 1 and 1", reasons.get("bad-waiver"));
    }

    @Test
    void usageErrors() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(JobOptions.UsageException.class,
                () -> JobOptions.parse("--input", "calls/2026-11-01", "--output", "out"));
        assertTrue(e.getMessage().contains("--input-format"), e.getMessage());
        assertEquals(JobOptions.PARQUET, JobOptions.parse("--input", "lake/calls.parquet/", "--output", "o").inputFormat());
        assertEquals(JobOptions.JSONL, JobOptions.parse("--input", "lake/calls.jsonl.gz", "--output", "o").inputFormat());
        assertNull(JobOptions.parse("--input", "x.jsonl", "--output", "o").rules());
    }

    private static List<String> ruleIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : report.get("findings")) ids.add(f.get("rule").asText() + (f.has("status") ? "/" + f.get("status").asText() : ""));
        return ids;
    }

    private static List<String> rulesOf(Row r) {
        List<String> ids = new ArrayList<>();
        for (Row f : r.<Row>getList(r.fieldIndex("findings"))) {
            ids.add(f.getAs("rule") + (f.getAs("status") == null ? "" : "/" + f.getAs("status")));
        }
        return ids;
    }

    private static JsonNode withoutSource(JsonNode report) {
        JsonNode copy = report.deepCopy();
        ((ObjectNode) copy.get("transcript")).remove("source");
        return copy;
    }

    /** Byte offset of the line holding the transcript with this id. */
    private static int offsetOf(List<String> lines, String id) {
        int offset = 0;
        for (String l : lines) {
            if (l.contains("\"id\":\"" + id + "\"") || l.contains("\"id\": \"" + id + "\"")) return offset;
            offset += l.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        throw new IllegalArgumentException(id);
    }
}
