package org.cxlint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.cxlint.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe by default: the token, the body limit, the rate limit, the request timeout, graceful shutdown. */
class ServeLimitsTest {
    @TempDir
    Path tmp;

    static Server.Settings with(String token, long maxBody, int timeout, double rate) {
        return new Server.Settings("127.0.0.1", 0, token, maxBody, timeout, rate, 600, 1000, 4);
    }

    @Test
    void anythingButLoopbackNeedsAToken() {
        StringWriter err = new StringWriter();
        int code = Cli.run(
                new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--host", "0.0.0.0", "--port", "0");
        assertEquals(2, code);
        assertTrue(
                err.toString().startsWith("cxlint: --host 0.0.0.0 is not a loopback address: give --token"),
                err.toString());
        assertTrue(ServeCommand.loopback("127.0.0.1")
                && ServeCommand.loopback("::1")
                && ServeCommand.loopback("localhost"));
        assertEquals(
                2,
                Cli.run(
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        "serve",
                        "--max-body",
                        "0"));
    }

    @Test
    void bearerTokenIsRequiredWhenGiven() throws Exception {
        try (Served s = new Served(tmp.resolve("data"), with("s3cret-token", 1 << 20, 30, 0))) {
            s.token = null;
            HttpResponse<String> none = s.post("/v1/transcripts", "Agent: hello");
            assertEquals(401, none.statusCode());
            assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElseThrow());
            s.token = "s3cret-token";
            assertEquals(200, s.get("/v1/agents").statusCode());
            // on the same connection: a token that differs only in case is another token
            s.token = "s3cret-tokeN";
            assertEquals(401, s.get("/v1/agents").statusCode());
            s.token = "s3cret-token-and-more";
            assertEquals(401, s.get("/metrics").statusCode());
            s.token = null;
            assertEquals(200, s.get("/healthz").statusCode(), "probes need no token");
            assertEquals(200, s.get("/openapi.json").statusCode());
            s.token = "s3cret-token";
            HttpResponse<String> ok = s.get("/v1/agents");
            assertEquals(
                    200,
                    ok.statusCode(),
                    ok.body() + " " + ok.request().headers().map());
            assertEquals(0, s.store.count());
        }
        Bearer b = new Bearer("abc");
        assertTrue(b.accepts("Bearer abc") && b.accepts("bearer abc") && !b.accepts("Basic abc") && !b.accepts(null));
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        try (Served s = new Served(tmp.resolve("data"), with(null, 1000, 30, 0))) {
            HttpResponse<String> big = s.post("/v1/transcripts", "Agent: hello there.\n".repeat(100));
            assertEquals(413, big.statusCode(), big.body());
            assertTrue(big.body().contains("request body is too large (the limit is 1000 bytes)"), big.body());
            // chunked: no Content-Length to refuse by, so the limit is counted while reading
            HttpResponse<String> chunked = s.http.send(
                    s.req("/v1/transcripts")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(
                                    () -> new java.io.ByteArrayInputStream(new byte[5000])))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
            assertEquals(0, s.store.count());
        }
    }

    @Test
    void rateLimitPerClient() throws Exception {
        try (Served s = new Served(tmp.resolve("data"), with(null, 1 << 20, 30, 2))) {
            int limited = 0;
            for (int i = 0; i < 12; i++) {
                HttpResponse<String> r = s.get("/v1/agents");
                if (r.statusCode() == 429) {
                    limited++;
                    assertEquals("1", r.headers().firstValue("Retry-After").orElseThrow());
                }
            }
            assertTrue(limited >= 6, "a burst of 4 at 2 a second, then refused: " + limited + " of 12 refused");
            assertEquals(200, s.get("/healthz").statusCode(), "probes are not rate limited");
        }
    }

    /** A transcript big enough to take more than a second to score on any machine this runs on. */
    static String slowTranscript() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            b.append("Customer: my order ").append(i).append(" never arrived and I am really upset about it.\n");
            b.append("Agent: I understand, let me check order ").append(i).append(" for you right away.\n");
        }
        return b.toString();
    }

    @Test
    void requestTimeoutIs503() throws Exception {
        try (Served s = new Served(tmp.resolve("data"), with(null, 50L << 20, 1, 0))) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = s.post("/v1/transcripts?id=slow", slowTranscript());
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("the request took longer than 1 s (--timeout)"), r.body());
            assertTrue((System.nanoTime() - t0) / 1e9 < 10, "answered at the timeout, not when scoring ended");
        }
    }

    @Test
    void shutdownFinishesRequestsInFlight() throws Exception {
        Served s = new Served(tmp.resolve("data"), with(null, 50L << 20, 60, 0));
        CompletableFuture<HttpResponse<String>> slow = s.http.sendAsync(
                s.req("/v1/transcripts?id=inflight")
                        .POST(HttpRequest.BodyPublishers.ofString(slowTranscript()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(700);
        s.close();
        HttpResponse<String> r = slow.get();
        assertEquals(201, r.statusCode(), r.body());
        try (Store again = Store.open(tmp.resolve("data").toString())) {
            assertEquals(1, again.count());
        }
    }
}
