package org.cxlint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during a batch of submissions: a child JVM serves on the embedded store while four clients
 * submit; it is killed once some calls are acknowledged, restarted on the same folder, and every
 * acknowledged call is there exactly once (and a re-send of it is recognised, not stored again).
 */
class CrashSafetyTest {
    @TempDir
    Path tmp;

    static Process serve(Path data) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                "org.cxlint.cli.Main",
                "serve",
                "--port",
                "0",
                "--data",
                data.toString(),
                "--rate-limit",
                "0");
        pb.redirectErrorStream(true);
        return pb.start();
    }

    static String baseOf(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+)");
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = serving.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            /* keep the pipe from filling */
                        }
                    } catch (java.io.IOException ignored) {
                        // the child is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the server did not start:\n" + seen);
    }

    static String call(int i) {
        return "# id: crash-" + i + "\n# agent: Agent " + (i % 3) + "\n# date: 2026-11-0" + (1 + i % 7) + "\n"
                + "Customer: Order " + i + " arrived broken and I want my money back.\n"
                + "Agent: I'm sorry about order " + i + ". I'll refund it today and email you the receipt.\n"
                + "Customer: Thanks.\nAgent: Is there anything else I can help with?\n";
    }

    @Test
    void everyAcknowledgedCallSurvivesKillNineExactlyOnce() throws Exception {
        Path data = tmp.resolve("data");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Process first = serve(data);
        Map<Integer, String> acked = new ConcurrentHashMap<>();
        try {
            String base = baseOf(first);
            AtomicInteger next = new AtomicInteger();
            List<Thread> clients = new java.util.ArrayList<>();
            for (int c = 0; c < 4; c++) {
                Thread t = new Thread(() -> {
                    for (int i; (i = next.getAndIncrement()) < 400; ) {
                        try {
                            HttpResponse<String> r = http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/v1/transcripts"))
                                            .timeout(Duration.ofSeconds(30))
                                            .POST(HttpRequest.BodyPublishers.ofString(call(i)))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201)
                                acked.put(
                                        i,
                                        r.headers()
                                                .firstValue("X-Cxlint-Report-Id")
                                                .orElseThrow());
                        } catch (Exception e) {
                            return; // the server is gone
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acked.size() < 25 && System.nanoTime() < deadline) Thread.sleep(5);
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, mid-request
            first.waitFor(30, TimeUnit.SECONDS);
            for (Thread t : clients) t.join(60_000);
        } finally {
            first.destroyForcibly();
        }
        assertTrue(
                acked.size() >= 25 && acked.size() < 400,
                "killed in the middle of the batch: " + acked.size() + " acknowledged");

        Process second = serve(data);
        try {
            String base = baseOf(second);
            for (var e : acked.entrySet()) {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/v1/reports/" + e.getValue()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), "acknowledged call " + e.getKey() + " is lost");
                assertTrue(r.body().contains("\"id\" : \"crash-" + e.getKey() + "\""), r.body());
                HttpResponse<String> again = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/v1/transcripts"))
                                .POST(HttpRequest.BodyPublishers.ofString(call(e.getKey())))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, again.statusCode(), "a re-sent acknowledged call is recognised");
            }
        } finally {
            second.destroy(); // SIGTERM: the graceful path, which closes the store
            second.waitFor(60, TimeUnit.SECONDS);
            second.destroyForcibly();
        }
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + data.toAbsolutePath().resolve("cxlint"));
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT transcript_id, COUNT(*) FROM reports GROUP BY transcript_id")) {
            Map<String, Integer> counts = new java.util.HashMap<>();
            while (rs.next()) counts.put(rs.getString(1), rs.getInt(2));
            for (int i : acked.keySet())
                assertEquals(1, counts.get("crash-" + i), "crash-" + i + " stored exactly once");
            for (var e : counts.entrySet()) assertEquals(1, e.getValue(), e.getKey() + " stored more than once");
            try (ResultSet orphans = c.createStatement()
                    .executeQuery(
                            "SELECT COUNT(*) FROM findings f LEFT JOIN reports r ON r.id = f.report_id WHERE r.id IS NULL")) {
                orphans.next();
                assertEquals(0, orphans.getInt(1), "no findings without their call: nothing half-stored");
            }
        }
    }
}
