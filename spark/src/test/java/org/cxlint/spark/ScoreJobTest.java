package org.cxlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    /** The CLI's per-agent summary of the same run (`--summary FILE`). */
    private static JsonNode cliSummary;

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
        Path summaryFile = tmp.resolve("cli-summary.json");
        int code = Cli.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "score",
                files.toString(),
                "--format",
                "json",
                "--today",
                TODAY,
                "--summary",
                summaryFile.toString());
        assertEquals(0, code, err.toString());
        cliSummary = MAPPER.readTree(summaryFile.toFile());
        cli = new HashMap<>();
        for (JsonNode r : MAPPER.readTree(out.toString()).get("reports"))
            cli.put(r.at("/transcript/id").asText(), r);
        assertEquals(samples.size(), cli.size());

        spark = SparkSession.builder()
                .master("local[2]")
                .appName("cxlint-test")
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
        lines.add(1, "{\"id\": \"broken\", \"turns\": ["); // malformed
        lines.add(3, ""); // not a record
        lines.add("{\"id\": \"who\", \"turns\": [{\"speaker\": \"martian\", \"text\": \"Greetings.\"}]}"); // readable,
        // invalid
        Path input = tmp.resolve("in.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path output = tmp.resolve("out-jsonl");

        ScoreJob.Counts counts = ScoreJob.run(
                spark,
                JobOptions.parse(
                        "--input",
                        input.toString(),
                        "--output",
                        output.toString(),
                        "--today",
                        TODAY,
                        "--partitions",
                        "3"));

        assertEquals(new ScoreJob.Counts(samples.size(), 2, counts.agents()), counts);
        List<Row> results = spark.read()
                .parquet(output.resolve("results/parquet").toString())
                .collectAsList();
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
        assertEquals(
                samples.size(),
                spark.read().json(output.resolve("results/jsonl").toString()).count());

        Map<String, Row> errors = new LinkedHashMap<>();
        for (Row e : spark.read().json(output.resolve("errors").toString()).collectAsList()) {
            errors.put(e.getAs("id") == null ? "(no id)" : e.getAs("id"), e);
        }
        assertEquals(
                List.of("(no id)", "who"), errors.keySet().stream().sorted().toList());
        Row broken = errors.get("(no id)");
        assertTrue(((String) broken.getAs("reason")).startsWith("malformed JSON"), broken.toString());
        assertEquals((long) offsetOf(lines, "broken"), (long) broken.getAs("offset"));
        assertTrue(((String) errors.get("who").getAs("reason")).contains("unknown speaker \"martian\""));

        List<Row> summary = spark.read()
                .parquet(output.resolve("summary/parquet").toString())
                .collectAsList();
        assertEquals(counts.agents(), summary.size());
        assertEquals(
                samples.size(),
                summary.stream().mapToLong(s -> s.getAs("transcripts")).sum());
        Row marcus = summary.stream()
                .filter(s -> "Marcus Hale".equals(s.getAs("agent")))
                .findFirst()
                .orElseThrow();
        JsonNode bad = cli.get("bad-call");
        assertEquals(1L, (long) marcus.getAs("transcripts"));
        assertEquals(bad.at("/score/overall").asDouble(), (double) marcus.getAs("mean_score"));
        List<Row> top = marcus.getList(marcus.fieldIndex("top_findings"));
        assertTrue(!top.isEmpty() && top.size() <= 5);
        sameAsTheClisSummary(summary);
    }

    /** An agent with one row (one team) has exactly the figures the CLI's --summary gives that agent: one computation. */
    private static void sameAsTheClisSummary(List<Row> summary) {
        int compared = 0;
        for (JsonNode agent : cliSummary.get("agents")) {
            String name = agent.get("name").asText();
            List<Row> rows =
                    summary.stream().filter(s -> name.equals(s.getAs("agent"))).toList();
            if (rows.size() != 1) continue;
            Row r = rows.get(0);
            assertEquals(agent.get("transcripts").asLong(), (long) r.getAs("transcripts"), name);
            assertEquals(agent.get("meanScore").asDouble(), (double) r.getAs("mean_score"), name);
            assertEquals(agent.get("passRate").asDouble(), (double) r.getAs("pass_rate"), name);
            assertEquals(agent.get("criticalFailures").asLong(), (long) r.getAs("critical_failures"), name);
            assertEquals(agent.get("findings").asLong(), (long) r.getAs("findings"), name);
            List<String> top = new ArrayList<>();
            for (Row t : r.<Row>getList(r.fieldIndex("top_findings"))) top.add(t.getString(0) + "=" + t.getLong(1));
            List<String> expected = new ArrayList<>();
            for (JsonNode t : agent.get("topFindings"))
                expected.add(t.get("rule").asText() + "=" + t.get("count").asLong());
            assertEquals(expected, top, name);
            compared++;
        }
        assertTrue(compared >= 2, "agents compared: " + compared);
    }

    @Test
    void parquetInputInTheDocumentedLayoutScoresLikeTheCli() {
        List<Row> rows = new ArrayList<>();
        for (Transcript t : samples) {
            List<Row> turns = new ArrayList<>();
            for (Turn turn : t.turns())
                turns.add(RowFactory.create(turn.speaker().label(), turn.text(), turn.start(), turn.end()));
            var m = t.metadata();
            List<Row> waivers = new ArrayList<>();
            for (var w : t.waivers()) {
                waivers.add(RowFactory.create(
                        w.rule(),
                        w.turn(),
                        w.reason(),
                        w.expires() == null ? null : w.expires().toString()));
            }
            rows.add(RowFactory.create(
                    t.id(),
                    t.channel(),
                    m.agent(),
                    m.team(),
                    m.customer(),
                    m.date(),
                    RecordScorer.scalaMap(m.extra()),
                    RecordScorer.scalaSeq(turns),
                    RecordScorer.scalaSeq(waivers)));
        }
        assertTrue(samples.stream().anyMatch(t -> !t.waivers().isEmpty()), "some sample should carry a waiver");
        // a row without turns and one whose waiver names a turn it lacks: both must come back as errors
        rows.add(RowFactory.create(
                "empty", "call", null, null, null, null, null, RecordScorer.scalaSeq(List.of()), null));
        rows.add(RowFactory.create(
                "bad-waiver",
                "chat",
                null,
                null,
                null,
                null,
                null,
                RecordScorer.scalaSeq(List.of(RowFactory.create("agent", "Hello", null, null))),
                RecordScorer.scalaSeq(List.of(RowFactory.create("POS-POLICY", 9, "contract", null)))));
        Path input = tmp.resolve("in.parquet");
        spark.createDataFrame(rows, Schemas.PARQUET_INPUT).coalesce(2).write().parquet(input.toString());
        Path output = tmp.resolve("out-parquet");

        ScoreJob.Counts counts = ScoreJob.run(
                spark, JobOptions.parse("--input", input.toString(), "--output", output.toString(), "--today", TODAY));

        assertEquals(samples.size(), counts.results());
        assertEquals(2, counts.errors());
        for (Row r : spark.read()
                .parquet(output.resolve("results/parquet").toString())
                .collectAsList()) {
            String id = r.getAs("id");
            JsonNode expected = cli.get(id);
            assertEquals(expected.at("/score/overall").asDouble(), (double) r.getAs("score"), id);
            assertEquals(ruleIds(expected), rulesOf(r), id + ": waived findings marked as the CLI marks them");
            assertTrue(((String) r.getAs("source")).contains("#row="), id);
        }
        Map<String, String> reasons = new java.util.TreeMap<>();
        for (Row e : spark.read().json(output.resolve("errors").toString()).collectAsList())
            reasons.put(e.getAs("id"), e.getAs("reason"));
        assertEquals("no \"turns\" in transcript", reasons.get("empty"));
        assertEquals("waiver 1: turn 9 is not between 1 and 1", reasons.get("bad-waiver"));
    }

    /**
     * Issue 15: a Parquet value that does not convert (a turn's start "abc", a waiver's turn "x") fails only its
     * row, with the value named; the job (ANSI casts on, as Spark 4 has by default) still ends and scores the rest.
     */
    @Test
    void aBadParquetValueIsThatRowsErrorNotTheJobsEnd() {
        var turn = org.apache.spark.sql.types.DataTypes.createStructType(List.of(
                org.apache.spark.sql.types.DataTypes.createStructField(
                        "speaker", org.apache.spark.sql.types.DataTypes.StringType, true),
                org.apache.spark.sql.types.DataTypes.createStructField(
                        "text", org.apache.spark.sql.types.DataTypes.StringType, true),
                org.apache.spark.sql.types.DataTypes.createStructField(
                        "start", org.apache.spark.sql.types.DataTypes.StringType, true)));
        var waiver = org.apache.spark.sql.types.DataTypes.createStructType(List.of(
                org.apache.spark.sql.types.DataTypes.createStructField(
                        "rule", org.apache.spark.sql.types.DataTypes.StringType, true),
                org.apache.spark.sql.types.DataTypes.createStructField(
                        "turn", org.apache.spark.sql.types.DataTypes.StringType, true),
                org.apache.spark.sql.types.DataTypes.createStructField(
                        "reason", org.apache.spark.sql.types.DataTypes.StringType, true)));
        var schema = org.apache.spark.sql.types.DataTypes.createStructType(List.of(
                org.apache.spark.sql.types.DataTypes.createStructField(
                        "id", org.apache.spark.sql.types.DataTypes.StringType, true),
                org.apache.spark.sql.types.DataTypes.createStructField(
                        "turns", org.apache.spark.sql.types.DataTypes.createArrayType(turn, true), true),
                org.apache.spark.sql.types.DataTypes.createStructField(
                        "waivers", org.apache.spark.sql.types.DataTypes.createArrayType(waiver, true), true)));
        Row hello = RowFactory.create("agent", "Thanks for calling, how can I help?", "0.5");
        Row reply = RowFactory.create("customer", "My order is late.", "3");
        List<Row> rows = List.of(
                RowFactory.create("good", RecordScorer.scalaSeq(List.of(hello, reply)), null),
                RowFactory.create(
                        "bad-start",
                        RecordScorer.scalaSeq(List.of(hello, RowFactory.create("customer", "Late.", "abc"))),
                        null),
                RowFactory.create(
                        "bad-waiver",
                        RecordScorer.scalaSeq(List.of(hello, reply)),
                        RecordScorer.scalaSeq(List.of(RowFactory.create("POS-POLICY", "x", "contract")))),
                RowFactory.create("also-good", RecordScorer.scalaSeq(List.of(reply, hello)), null));
        Path input = tmp.resolve("bad-values.parquet");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(input.toString());
        Path output = tmp.resolve("out-bad-values");

        ScoreJob.Counts counts = ScoreJob.run(
                spark, JobOptions.parse("--input", input.toString(), "--output", output.toString(), "--today", TODAY));

        assertEquals(2, counts.results());
        assertEquals(2, counts.errors());
        Map<String, String> reasons = new java.util.TreeMap<>();
        for (Row e : spark.read().json(output.resolve("errors").toString()).collectAsList())
            reasons.put(e.getAs("id"), e.getAs("reason"));
        assertEquals("bad value: turn 2: \"start\" is not a number: \"abc\"", reasons.get("bad-start"));
        assertEquals("bad value: waiver 1: \"turn\" is not a whole number: \"x\"", reasons.get("bad-waiver"));
    }

    /** Issue 15: a file that is not Parquet, or is cut short, beside sound ones is one error row each; the rest are scored. */
    @Test
    void aCorruptParquetFileIsAnErrorRowAndTheOthersAreScored() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("lake"));
        Row hello = RowFactory.create("agent", "Thanks for calling, how can I help?", null, null);
        List<Row> rows = List.of(RowFactory.create(
                "p1", "call", null, null, null, null, null, RecordScorer.scalaSeq(List.of(hello)), null));
        spark.createDataFrame(rows, Schemas.PARQUET_INPUT)
                .coalesce(1)
                .write()
                .parquet(dir.resolve("day=1").toString());
        Path part;
        try (var parts = Files.list(dir.resolve("day=1"))) {
            part = parts.filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .findFirst()
                    .orElseThrow();
        }
        byte[] good = Files.readAllBytes(part);
        Files.createDirectories(dir.resolve("day=2"));
        Files.write(dir.resolve("day=2/cut.parquet"), java.util.Arrays.copyOf(good, good.length - 10));
        Files.writeString(dir.resolve("day=2/not-parquet.parquet"), "{\"id\": \"oops\"}\n");
        Path output = tmp.resolve("out-lake");

        ScoreJob.Counts counts = ScoreJob.run(
                spark,
                JobOptions.parse(
                        "--input",
                        dir.toString(),
                        "--output",
                        output.toString(),
                        "--today",
                        TODAY,
                        "--input-format",
                        "parquet"));

        assertEquals(1, counts.results());
        assertEquals(2, counts.errors());
        for (Row e : spark.read().json(output.resolve("errors").toString()).collectAsList()) {
            assertTrue(
                    ((String) e.getAs("reason")).startsWith("could not be read: not a readable Parquet file"),
                    e.toString());
            assertTrue(((String) e.getAs("file")).contains("day=2/"), e.toString());
        }
    }

    /**
     * Issue 15: a corrupt .gz beside a good file is one error row for that file (lines before the damage are
     * scored) and the job goes on; a byte-order mark on a JSON Lines file does not cost its first record.
     */
    @Test
    void aCorruptGzipIsAnErrorRowAndAByteOrderMarkIsReadPast() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("gz-in"));
        List<String> lines = new ArrayList<>();
        for (Transcript t : samples) lines.add(TranscriptJson.line(t));
        Files.writeString(
                dir.resolve("a-bom.jsonl"), "\uFEFF" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            for (int i = 0; i < 40; i++) out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = gz.toByteArray();
        Files.write(
                dir.resolve("b-cut.jsonl.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2)); // truncated upload
        Path output = tmp.resolve("out-gz");

        ScoreJob.Counts counts = ScoreJob.run(
                spark,
                JobOptions.parse(
                        "--input",
                        dir.toString(),
                        "--output",
                        output.toString(),
                        "--today",
                        TODAY,
                        "--input-format",
                        "jsonl"));

        List<Row> errors =
                spark.read().json(output.resolve("errors").toString()).collectAsList();
        assertEquals(1, errors.size(), errors.toString());
        String reason = errors.get(0).getAs("reason");
        assertTrue(
                reason.startsWith("could not be read: the gzip file is corrupt or truncated after the line at byte "),
                reason);
        assertTrue(((String) errors.get(0).getAs("source")).endsWith("b-cut.jsonl.gz"), errors.toString());
        List<Row> results = spark.read()
                .parquet(output.resolve("results/parquet").toString())
                .collectAsList();
        long fromBom = results.stream()
                .filter(r -> ((String) r.getAs("source")).contains("a-bom.jsonl"))
                .count();
        assertEquals(samples.size(), fromBom, "every record of the file with a byte-order mark, the first too");
        assertTrue(counts.results() > samples.size(), "lines of the .gz before the damage are scored: " + counts);
    }

    @Test
    void usageErrors() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                JobOptions.UsageException.class,
                () -> JobOptions.parse("--input", "calls/2026-11-01", "--output", "out"));
        assertTrue(e.getMessage().contains("--input-format"), e.getMessage());
        assertEquals(
                JobOptions.PARQUET,
                JobOptions.parse("--input", "lake/calls.parquet/", "--output", "o")
                        .inputFormat());
        assertEquals(
                JobOptions.JSONL,
                JobOptions.parse("--input", "lake/calls.jsonl.gz", "--output", "o")
                        .inputFormat());
        assertTrue(JobOptions.parse("--input", "x.jsonl", "--output", "o").bundledOnly());
        assertEquals(
                List.of("a", "b"),
                JobOptions.parse("--input", "x.jsonl", "--output", "o", "--rules", "a", "--rules", "b")
                        .rules());
        for (String[] bad : List.of(
                new String[] {"--output", "o"},
                new String[] {"--input", "x.jsonl", "--output", "o", "--partitions", "0"},
                new String[] {"--input", "x.jsonl", "--output", "o", "--frobnicate"},
                new String[] {"--input", "x.jsonl", "--output", "o", "--no-bundled-rules"})) {
            var u = org.junit.jupiter.api.Assertions.assertThrows(
                    JobOptions.UsageException.class, () -> JobOptions.parse(bad));
            assertTrue(
                    u.getMessage().contains("--input")
                            || u.getMessage().contains("--partitions")
                            || u.getMessage().contains("frobnicate")
                            || u.getMessage().contains("--rules"),
                    u.getMessage());
        }
        assertThrows(JobOptions.HelpRequested.class, () -> JobOptions.parse("--help"));
        assertTrue(JobOptions.usage().contains("--no-bundled-rules"), JobOptions.usage());
    }

    private static List<String> ruleIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : report.get("findings"))
            ids.add(f.get("rule").asText()
                    + (f.has("status") ? "/" + f.get("status").asText() : ""));
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
