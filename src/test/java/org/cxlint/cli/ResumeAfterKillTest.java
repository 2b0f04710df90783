package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, exact resume: a real {@code kill -9} of a child JVM running the CLI, at seeded pseudo-random
 * points of a batch of JSON Lines, CSV and single-transcript files, then {@code --resume} until done. The
 * rows must be those of an uninterrupted run: every transcript and every error exactly once, same scores.
 */
class ResumeAfterKillTest {
    @TempDir
    Path tmp;

    @Test
    void killedAtRandomPointsAndResumedGivesEveryRowExactlyOnce() throws Exception {
        Path calls = tmp.resolve("calls");
        int total = MixedBatch.write(calls, 7);
        CliRun clean = CliRun.of("score", "--format", "jsonl", "--no-progress", calls.toString());
        List<String> expected = sorted(clean.out());
        assertEquals(total, expected.size(), clean.out());

        Path rows = tmp.resolve("rows.jsonl");
        Random r = new Random(15);
        List<String> killedAt = new ArrayList<>();
        for (int kill = 0; kill < 3; kill++) {
            int before = lines(rows);
            if (before >= total) break;
            // a row count to wait for, then a few milliseconds more, so some kills land in the middle of a row
            int target = before + r.nextInt(Math.max(1, (total - before) / 2));
            long extraMillis = r.nextInt(25);
            Process child = child(rows, calls, kill % 2 == 0 ? 2 : 1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.isAlive() && lines(rows) < target && System.nanoTime() < deadline) Thread.sleep(1);
            Thread.sleep(extraMillis);
            killedAt.add(lines(rows) + " rows" + (child.isAlive() ? "" : " (had finished)"));
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flush
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        CliRun finish =
                CliRun.of("score", "--format", "jsonl", "--no-progress", "--resume", rows.toString(), calls.toString());
        assertEquals("", finish.out());
        assertEquals(expected, sorted(Files.readString(rows, StandardCharsets.UTF_8)), "killed at " + killedAt);
        // and nothing left to do: a further resume appends nothing
        String done = Files.readString(rows, StandardCharsets.UTF_8);
        CliRun again =
                CliRun.of("score", "--format", "jsonl", "--no-progress", "--resume", rows.toString(), calls.toString());
        assertEquals(done, Files.readString(rows, StandardCharsets.UTF_8));
        assertTrue(again.err().contains(total + " rows already written"), again.err());
    }

    /** The CLI's main class in a JVM of its own, on the test classpath, appending to {@code rows}. */
    private Process child(Path rows, Path calls, int threads) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(
                java,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "org.cxlint.cli.Main",
                "score",
                "--format",
                "jsonl",
                "--no-progress",
                "--threads",
                String.valueOf(threads),
                "--resume",
                rows.toString(),
                calls.toString());
        return new ProcessBuilder(cmd)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(tmp.resolve("child-err.txt").toFile())
                .start();
    }

    private static int lines(Path file) throws IOException {
        if (!Files.exists(file)) return 0;
        int n = 0;
        for (byte b : Files.readAllBytes(file)) if (b == '\n') n++;
        return n;
    }

    private static List<String> sorted(String jsonl) {
        return jsonl.lines().filter(l -> !l.isBlank()).sorted().toList();
    }
}
