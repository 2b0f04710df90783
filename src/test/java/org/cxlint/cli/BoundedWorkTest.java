package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.cxlint.Linters;
import org.cxlint.ingest.Ingest;
import org.cxlint.ingest.Records;
import org.cxlint.ingest.RoleResolver;
import org.cxlint.model.Transcript;
import org.cxlint.result.InputError;
import org.cxlint.result.Report;
import org.cxlint.rules.RuleFiles;
import org.cxlint.run.Batch;
import org.cxlint.run.Scoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, bounded work: a per-transcript time budget, large JSON Lines read a line at a time, limits
 * from the heap so a batch under {@code -Xmx256m} never dies of one file, and configuration files refused
 * when they are pipes, devices or too large.
 */
class BoundedWorkTest {
    @TempDir
    Path tmp;

    private static final String GOOD = "Agent: Thank you for calling, how can I help?\nCustomer: My order is late.\n";

    @Test
    void aTranscriptOverTheTimeBudgetIsAnErrorRowAndTheBatchGoesOn() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), GOOD);
        Path slow = Files.writeString(tmp.resolve("slow.txt"), GOOD);
        Path z = Files.writeString(tmp.resolve("z.txt"), GOOD);
        Ingest ingest = new Ingest(null, RoleResolver.NONE);
        var linter = Linters.forRules(RuleFiles.bundled());
        long[] spun = new long[1];
        Batch runner = Batch.reading(
                        ingest::read,
                        Scoring.plain(linter, LocalDate.of(2026, 1, 1)).withScorer(t -> {
                            if (t.source().equals(slow.toString())) {
                                // deaf to interrupts, like CoreNLP's lexer or a regular expression: only time ends it
                                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                                while (System.nanoTime() < end) spun[0]++;
                            }
                            return linter.score(t);
                        }),
                        1)
                .budget(Duration.ofMillis(400));
        List<String> seen = new ArrayList<>();
        long start = System.nanoTime();
        runner.run(List.of(a, slow, z), new Batch.Sink() {
            @Override
            public void report(Transcript transcript, Report report) {
                seen.add("ok " + transcript.source());
            }

            @Override
            public void error(InputError error) {
                seen.add("error " + error.file() + ": " + error.reason());
            }
        });
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(
                List.of(
                        "ok " + a,
                        "error " + slow + ": could not be scored: took longer than 0.4 s"
                                + " (--transcript-timeout); left out, the batch goes on",
                        "ok " + z),
                seen);
        // one worker: z was scored on the thread that replaced the stuck one, not after it
        assertTrue(millis < 2900, millis + " ms");
    }

    @Test
    void theTimeoutOptionIsValidated() throws Exception {
        Path good = Files.writeString(tmp.resolve("good.txt"), GOOD);
        for (String v : List.of("-1", "NaN", "1e9", "Infinity")) {
            CliRun run = CliRun.of("score", good.toString(), "--transcript-timeout", v);
            assertEquals(ExitCode.USAGE.code, run.exit(), v);
            assertTrue(run.err().contains("--transcript-timeout must be between 0"), run.err());
        }
        assertEquals(
                ExitCode.OK.code,
                CliRun.of("score", good.toString(), "--transcript-timeout", "0").exit());
    }

    /** A JSON Lines file over 4 MB is streamed: same records, a BOM, CRLF, a bad line and a Windows-1252 line handled. */
    @Test
    void aLargeJsonLinesFileIsReadALineAtATime() throws Exception {
        Path big = tmp.resolve("big.jsonl");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(
                    (MixedBatch.jsonLine("first", new java.util.Random(1)) + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.write("{\"turns\": [\n".getBytes(StandardCharsets.UTF_8));
            out.write(
                    "{\"id\": \"caf\u00e9\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Caf\u00e9 ok, how can I help?\"}]}\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
            String filler =
                    "{\"id\": \"n\", \"turns\": [{\"speaker\": \"robot\", \"text\": \"" + "x".repeat(4000) + "\"}]}\n";
            for (int i = 0; i < 1100; i++) out.write(filler.getBytes(StandardCharsets.UTF_8));
            out.write((MixedBatch.jsonLine("last", new java.util.Random(2)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(big) > 4L * 1024 * 1024);
        List<Records.Item> items = Records.all(new Ingest(null, RoleResolver.NONE).open(big));
        assertEquals(1104, items.size());
        assertEquals(big + "#first", items.get(0).transcript().source());
        assertNull(items.get(0).transcript().encoding());
        assertTrue(
                items.get(1).error().reason().startsWith("line 2: "),
                items.get(1).error().reason());
        Transcript cafe = items.get(2).transcript();
        assertEquals("Caf\u00e9 ok, how can I help?", cafe.turns().get(0).text());
        assertTrue(cafe.encoding().startsWith("windows-1252 (not valid UTF-8 on line 3)"), cafe.encoding());
        assertTrue(
                items.get(3).error().reason().startsWith("line 4: turn 1: unknown speaker"),
                items.get(3).error().reason());
        assertEquals(big + "#last", items.get(1103).transcript().source());
    }

    /**
     * A child JVM with a 256 MB heap: a 48 MB JSON Lines file, gzip bombs (one past the 50 MB limit, one
     * under it but past what this heap can hold, one JSON Lines with a 44 MB line) and a good control file.
     * The batch must end normally with every readable transcript scored and the rest as error rows.
     */
    @Test
    void aBatchUnderA256MegabyteHeapNeverDiesOfOneFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("calls"));
        String good = MixedBatch.jsonLine("good", new java.util.Random(3));
        try (OutputStream out = Files.newOutputStream(dir.resolve("a-big.jsonl"))) {
            out.write((good.replace("\"good\"", "\"first\"") + "\n").getBytes(StandardCharsets.UTF_8));
            String filler = "{\"id\": \"n\", \"turns\": [{\"speaker\": \"robot\", \"text\": \"" + "beep ".repeat(9000)
                    + "\"}]}\n";
            for (int i = 0; i < 1120; i++) out.write(filler.getBytes(StandardCharsets.UTF_8));
            out.write((good.replace("\"good\"", "\"last\"") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(dir.resolve("a-big.jsonl")) > 48L * 1024 * 1024);
        bomb(dir.resolve("b-bomb54.json.gz"), "{\"turns\": [", 54, "]}");
        bomb(dir.resolve("c-bomb45.json.gz"), "{\"turns\": [{\"speaker\": \"agent\", \"text\": \"", 45, "\"}]}");
        bomb(
                dir.resolve("d-bomb.jsonl.gz"),
                good + "\n" + good.replace("\"good\"", "\"two\"")
                        + "\n{\"turns\": [{\"speaker\": \"agent\", \"text\": \"",
                44,
                "\"}]}\n" + good.replace("\"good\"", "\"after\"") + "\n");
        Files.writeString(dir.resolve("z-control.txt"), GOOD);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = tmp.resolve("rows.jsonl");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-XX:+CrashOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.cxlint.cli.Main",
                        "score",
                        "--format",
                        "jsonl",
                        "--no-progress",
                        "--threads",
                        "2",
                        dir.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the child did not finish");
        String errors = Files.readString(err);
        assertEquals(
                ExitCode.INPUT_ERRORS.code, p.exitValue(), errors.length() > 2000 ? errors.substring(0, 2000) : errors);
        assertFalse(
                errors.contains("OutOfMemory") || errors.contains("Exception"),
                errors.substring(0, Math.min(2000, errors.length())));
        List<String> scored = new ArrayList<>();
        int errorRows = 0;
        for (String line : Files.readAllLines(out)) {
            var row = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            if (row.has("error")) errorRows++;
            else scored.add(row.get("source").asText().substring(dir.toString().length() + 1));
        }
        assertEquals(
                List.of(
                        "a-big.jsonl#first",
                        "a-big.jsonl#last",
                        "d-bomb.jsonl.gz#good",
                        "d-bomb.jsonl.gz#two",
                        "d-bomb.jsonl.gz#after",
                        "z-control.txt"),
                scored);
        assertEquals(1120 + 2 + 1, errorRows);
        assertTrue(errors.contains("b-bomb54.json.gz: file is too large"), errors.substring(0, 500));
        assertTrue(errors.contains("c-bomb45.json.gz: file is too large"), errors.substring(0, 500));
        assertTrue(errors.contains("d-bomb.jsonl.gz: line 3: longer than"), errors.substring(0, 500));
    }

    /** {@code prefix}, then {@code mb} megabytes of "a " (compressing a thousandfold), then {@code suffix}, gzipped. */
    private static void bomb(Path file, String prefix, int mb, String suffix) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a ".repeat(512 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < mb; i++) out.write(chunk);
            out.write(suffix.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void configurationFilesThatArePipesDevicesOrHugeAreRefused() throws Exception {
        Path good = Files.writeString(tmp.resolve("good.txt"), GOOD);
        Path huge = tmp.resolve("huge.json");
        try (var f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(51L * 1024 * 1024); // sparse: no disk used
        }
        CliRun run = CliRun.of("score", good.toString(), "--baseline", huge.toString());
        assertEquals(ExitCode.USAGE.code, run.exit());
        assertTrue(
                run.err().contains(huge + ": cannot read baseline: is too large for a configuration file"), run.err());
        if (Files.isReadable(Path.of("/dev/zero"))) {
            run = CliRun.of("score", good.toString(), "--baseline", "/dev/zero");
            assertTrue(
                    run.err()
                            .contains(
                                    "/dev/zero: cannot read baseline: is not a regular file (a pipe, socket or device)"),
                    run.err());
            run = CliRun.of("check", "/dev/zero");
            assertEquals(ExitCode.USAGE.code, run.exit());
            assertTrue(run.err().contains("/dev/zero: cannot read: is not a regular file"), run.err());
            run = CliRun.of("score", good.toString(), "--scorecard", "/dev/zero");
            assertTrue(run.err().contains("--scorecard /dev/zero: not a regular file"), run.err());
        }
    }
}
