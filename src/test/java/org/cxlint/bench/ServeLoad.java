package org.cxlint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlint.Linters;
import org.cxlint.result.Json;
import org.cxlint.rules.RuleFiles;
import org.cxlint.serve.Server;
import org.cxlint.serve.Store;

/**
 * Load test of {@code cxlint serve} on 127.0.0.1 only, bounded in count and time (a main, not a unit test:
 * speed is measured, never asserted). Prints requests a second and p50/p99 latency of after-call scoring at
 * 1, 8 and 64 clients; per-turn latency of live scoring with 200 conversations open; and, with a third
 * argument, the heap after that many calls are stored.
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.cxlint.bench.ServeLoad [REQUESTS] [SECONDS] [STORED]
 * </pre>
 */
public final class ServeLoad {
    private ServeLoad() {}

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int stored = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path data = Files.createTempDirectory("cxlint-load");
        Store store = Store.open(data.toString());
        Server server = new Server(
                new Server.Settings(
                        "127.0.0.1",
                        0,
                        null,
                        50L << 20,
                        30,
                        0,
                        600,
                        10_000,
                        Runtime.getRuntime().availableProcessors() * 2),
                Linters.forRules(RuleFiles.bundled()),
                store);
        String base = "http://127.0.0.1:" + server.start();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(java.util.concurrent.Executors.newFixedThreadPool(16))
                .build();
        System.out.printf(
                Locale.ROOT,
                "cxlint serve load test on %s, %d processors, max heap %d MB%n",
                base,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        AtomicInteger next = new AtomicInteger(1_000_000);
        // warm-up: CoreNLP and the rules' first calls are slower; not counted
        afterCall(http, base, 4, 200, 30, next);
        for (int clients : new int[] {1, 8, 64}) {
            Result r = afterCall(http, base, clients, requests, seconds, next);
            System.out.printf(
                    Locale.ROOT,
                    "after-call  %2d clients: %5d requests in %5.1f s = %6.1f req/s, p50 %6.1f ms, p99 %6.1f ms, errors %d%n",
                    clients,
                    r.count,
                    r.seconds,
                    r.count / r.seconds,
                    r.p(50),
                    r.p(99),
                    r.errors);
        }
        Result live = live(http, base, 200, 16, seconds);
        System.out.printf(
                Locale.ROOT,
                "live turns, 200 conversations open, 16 clients: %d turns in %.1f s = %.1f turns/s, "
                        + "p50 %.1f ms, p99 %.1f ms, errors %d%n",
                live.count,
                live.seconds,
                live.count / live.seconds,
                live.p(50),
                live.p(99),
                live.errors);
        if (stored > 0) {
            long have = store.count();
            Result fill = afterCall(http, base, 8, (int) Math.max(0, stored - have), 3600, next);
            System.gc();
            Thread.sleep(500);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf(
                    Locale.ROOT,
                    "stored %d calls (%d added at %.1f req/s): heap in use after GC %d MB, store file %d MB%n",
                    store.count(),
                    fill.count,
                    fill.count / fill.seconds,
                    (rt.totalMemory() - rt.freeMemory()) >> 20,
                    Files.size(data.resolve("cxlint.mv.db")) >> 20);
        }
        server.close();
        System.exit(0);
    }

    record Result(int count, double seconds, long[] nanos, int errors) {
        double p(int pct) {
            if (nanos.length == 0) return Double.NaN;
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(pct / 100.0 * nanos.length) - 1)] / 1e6;
        }
    }

    /** {@code clients} threads each sending a new call after the last answer, until {@code total} are answered or time is up. */
    static Result afterCall(HttpClient http, String base, int clients, int total, int seconds, AtomicInteger next)
            throws Exception {
        ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
        AtomicInteger left = new AtomicInteger(total);
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (left.getAndDecrement() > 0 && System.nanoTime() < end) {
                    String body = GenerateTranscripts.transcript(next.getAndIncrement());
                    long s = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/v1/transcripts"))
                                        .timeout(Duration.ofSeconds(60))
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 201) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    lat.add(System.nanoTime() - s);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        return result(lat, System.nanoTime() - t0, errors.get());
    }

    /** 200 conversations open at once, their turns sent round-robin by {@code clients} threads, then each ended. */
    static Result live(HttpClient http, String base, int open, int clients, int seconds) throws Exception {
        List<List<String>> convs = new ArrayList<>();
        for (int i = 0; i < open; i++) {
            List<String> turns = new ArrayList<>();
            for (JsonNode t : Json.MAPPER
                    .readTree(GenerateTranscripts.transcript(2_000_000 + i))
                    .get("turns")) turns.add(t.toString());
            convs.add(turns);
        }
        // turn k of every conversation before turn k+1 of any: all 200 stay open to the end
        List<String[]> sends = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            for (int i = 0; i < open; i++)
                if (k < convs.get(i).size())
                    sends.add(new String[] {"live-" + i, convs.get(i).get(k)});
        }
        ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
        AtomicInteger idx = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                for (int i; (i = idx.getAndIncrement()) < sends.size() && System.nanoTime() < end; ) {
                    String[] s = sends.get(i);
                    long st = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/v1/conversations/" + s[0] + "/turns"))
                                        .POST(HttpRequest.BodyPublishers.ofString(s[1]))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    lat.add(System.nanoTime() - st);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        Result r = result(lat, System.nanoTime() - t0, errors.get());
        for (int i = 0; i < open; i++) {
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/v1/conversations/live-" + i + "/end"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        return r;
    }

    private static Result result(ConcurrentLinkedQueue<Long> lat, long nanos, int errors) {
        long[] a = lat.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return new Result(a.length, nanos / 1e9, a, errors);
    }
}
