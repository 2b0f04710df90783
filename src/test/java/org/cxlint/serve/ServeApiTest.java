package org.cxlint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlint.cli.Cli;
import org.cxlint.result.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The after-call API against a live server on 127.0.0.1: scoring as the CLI does, idempotency, refusals, read side. */
class ServeApiTest {
    @TempDir
    static Path tmp;

    static Served s;

    @BeforeAll
    static void start() {
        s = new Served(tmp.resolve("data"));
    }

    @AfterAll
    static void stop() {
        if (s != null) s.close();
    }

    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return out + "\u0000" + err;
    }

    @Test
    void scoresLikeTheCliAndStoresOnce() throws Exception {
        Path sample = Path.of("samples/bad-call.txt");
        HttpResponse<String> r = s.post("/v1/transcripts?id=bad-call-1", Files.readAllBytes(sample));
        assertEquals(201, r.statusCode(), r.body());
        String id = r.headers().firstValue("X-Cxlint-Report-Id").orElseThrow();
        assertEquals("/v1/reports/" + id, r.headers().firstValue("Location").orElseThrow());

        // the same report cxlint score --format json gives, but for the source (the request's id, not a path)
        JsonNode cliReport = Json.MAPPER
                .readTree(cli("score", "--format", "json", "--no-progress", sample.toString())
                        .split("\u0000")[0])
                .get("reports")
                .get(0);
        ((ObjectNode) cliReport.get("transcript")).put("source", "bad-call-1");
        ((ObjectNode) cliReport.get("transcript")).put("id", "bad-call-1");
        assertEquals(cliReport, Json.MAPPER.readTree(r.body()));

        long before = s.store.count();
        HttpResponse<String> again = s.post("/v1/transcripts?id=bad-call-1", Files.readAllBytes(sample));
        assertEquals(200, again.statusCode());
        assertEquals("true", again.headers().firstValue("X-Cxlint-Duplicate").orElseThrow());
        assertEquals(id, again.headers().firstValue("X-Cxlint-Report-Id").orElseThrow());
        assertEquals(r.body(), again.body());
        assertEquals(before, s.store.count(), "a re-sent call is not stored twice");

        HttpResponse<String> stored = s.get("/v1/reports/" + id);
        assertEquals(200, stored.statusCode());
        assertEquals(r.body(), stored.body(), "the stored report is byte for byte the one returned");
        assertEquals(404, s.get("/v1/reports/999999").statusCode());
    }

    @Test
    void inputErrorsAreTheClisReasonAndStoreNothing() throws Exception {
        long before = s.store.count();
        String[][] bodies = {
            {"hello there", "text"},
            {"{\"turns\": [{\"speaker\": \"agent\", \"text\": \"hi\"", "json"},
            {"{\"turns\": [{\"speaker\": \"boss\", \"text\": \"hi\"}]}", "json"},
            {"{\"turns\": [{\"speaker\": \"customer\", \"text\": \"hi\"}]}", "json"},
            {"{\"transcript\": 3}", "json"},
            {"WEBVTT\n\n00:00:01.000 --> soon\n<v Agent>hi\n", "vtt"}
        };
        for (String[] b : bodies) {
            Path f = tmp.resolve("bad-input." + b[1]);
            Files.writeString(f, b[0], StandardCharsets.UTF_8);
            String cliErr = cli("score", "--no-progress", f.toString())
                    .split("\u0000", -1)[1]
                    .lines()
                    .filter(l -> l.startsWith("cxlint: "))
                    .findFirst()
                    .orElseThrow();
            String reason = cliErr.substring(("cxlint: " + f + ": ").length());
            HttpResponse<String> r = s.post("/v1/transcripts?id=bad-input", b[0]);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
            assertEquals(
                    "bad-input: " + reason,
                    Json.MAPPER.readTree(r.body()).get("error").asText(),
                    b[0]);
        }
        HttpResponse<String> unknown = s.post("/v1/transcripts?format=nope", "Agent: hi");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown format \\\"nope\\\""), unknown.body());
        assertEquals(400, s.post("/v1/transcripts?date=yesterday", "Agent: hi").statusCode());
        assertEquals(400, s.post("/v1/transcripts", new byte[0]).statusCode());
        assertEquals(
                400,
                s.post("/v1/transcripts", new byte[] {31, -117, 8, 0, 1, 2}).statusCode(),
                "broken gzip");
        assertEquals(before, s.store.count(), "nothing stored for a refused request");
    }

    @Test
    void manifestFieldsFromQueryOrHeadersOverTheFilesOwn() throws Exception {
        String body = Files.readString(Path.of("samples/bad-call.txt"));
        HttpResponse<String> q =
                s.post("/v1/transcripts?agent=Query%20Agent&team=Q&date=2026-11-02&id=manifest-1", body);
        JsonNode m = Json.MAPPER.readTree(q.body()).get("transcript").get("metadata");
        assertEquals("Query Agent", m.get("agent").asText());
        assertEquals("2026-11-02", m.get("date").asText());
        assertEquals("Dana Ortiz", m.get("customer").asText(), "fields not given keep the file's value");
        HttpResponse<String> h = s.http.send(
                s.req("/v1/transcripts")
                        .header("X-Cxlint-Agent", "Header Agent")
                        .header("X-Cxlint-Id", "manifest-2")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, h.statusCode(), h.body());
        JsonNode t = Json.MAPPER.readTree(h.body()).get("transcript");
        assertEquals("Header Agent", t.get("metadata").get("agent").asText());
        assertEquals("manifest-2", t.get("id").asText());
    }

    @Test
    void agentsTrendAndPages() throws Exception {
        String body = Files.readString(Path.of("samples/bad-call.txt"));
        for (String[] c : new String[][] {{"2026-09-01", "t1"}, {"2026-09-02", "t2"}, {"2026-09-09", "t3"}}) {
            assertEquals(
                    201,
                    s.post("/v1/transcripts?agent=Trend%20Agent&date=" + c[0] + "&id=" + c[1], body)
                            .statusCode());
        }
        JsonNode agents = Json.MAPPER.readTree(s.get("/v1/agents").body()).get("agents");
        JsonNode a = null;
        for (JsonNode n : agents) if (n.get("agent").asText().equals("Trend Agent")) a = n;
        assertEquals(3, a.get("calls").asInt());
        assertEquals("2026-09-01", a.get("first").asText());
        JsonNode trend = Json.MAPPER.readTree(s.get("/v1/agents/Trend%20Agent/trend?from=2026-08-01&to=2026-09-30")
                .body());
        assertEquals(3, trend.get("calls").asInt());
        assertEquals(2, trend.get("weeks").size());
        assertEquals("2026-08-31", trend.get("weeks").get(0).get("week").asText(), "weeks start on Monday");
        assertEquals(2, trend.get("weeks").get(0).get("calls").asInt());
        assertEquals(0.0, trend.get("weeks").get(0).get("passRate").asDouble());
        assertEquals(3, trend.get("topFindings").get(0).get("count").asInt());
        assertEquals(
                0,
                Json.MAPPER
                        .readTree(s.get("/v1/agents/Trend%20Agent/trend?from=2026-10-01&to=2026-10-30")
                                .body())
                        .get("calls")
                        .asInt());
        assertEquals(400, s.get("/v1/agents/Trend%20Agent/trend?from=soon").statusCode());
        assertEquals(
                400,
                s.get("/v1/agents/Trend%20Agent/trend?from=2026-10-01&to=2026-09-01")
                        .statusCode());

        HttpResponse<String> index = s.get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .contains("default-src 'none'"));
        assertTrue(index.body().contains("href=\"/agents/Trend%20Agent\""), index.body());
        assertTrue(s.get("/agents/Trend%20Agent?from=2026-08-01&to=2026-09-30")
                .body()
                .contains("2026-08-31"));
    }

    @Test
    void pagesEscapeWhatTheTranscriptSays() throws Exception {
        String hostile =
                "{\"id\": \"x<script>alert(1)</script>\", \"metadata\": {\"agent\": \"<img src=x onerror=alert(2)>\"},"
                        + " \"turns\": [{\"speaker\": \"customer\", \"text\": \"<script>alert(3)</script> my parcel is late\"},"
                        + " {\"speaker\": \"agent\", \"text\": \"That's not my department.\"}]}";
        HttpResponse<String> r = s.post("/v1/transcripts", hostile);
        assertEquals(201, r.statusCode(), r.body());
        String id = r.headers().firstValue("X-Cxlint-Report-Id").orElseThrow();
        HttpResponse<String> page = s.get("/reports/" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Content-Security-Policy"));
        assertFalse(page.body().contains("<script>"), "a transcript's markup is shown, never run");
        assertFalse(page.body().contains("<img src=x"));
        assertTrue(page.body().contains("&lt;script&gt;alert(3)"));
        for (String p : new String[] {"/", "/agents/%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E"}) {
            String body = s.get(p).body();
            assertFalse(body.contains("<script>") || body.contains("<img src=x"), p + ": " + body);
        }
        assertEquals(404, s.get("/reports/424242").statusCode());
    }

    @Test
    void healthReadinessMetrics() throws Exception {
        assertEquals(200, s.get("/healthz").statusCode());
        assertEquals(200, s.get("/readyz").statusCode());
        s.post("/v1/transcripts", "nothing to see");
        String m = s.get("/metrics").body();
        assertTrue(
                m.contains("cxlint_http_requests_total{method=\"POST\",route=\"/v1/transcripts\",status=\"400\"}"), m);
        assertTrue(m.contains("cxlint_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.001\"}"), m);
        assertTrue(m.contains("cxlint_errors_total{kind=\"input\"}"), m);
        s.post("/v1/transcripts?id=metrics-1", Files.readAllBytes(Path.of("samples/good-call.json")));
        assertTrue(s.get("/metrics").body().contains("cxlint_transcripts_scored_total{origin=\"api\"}"));
    }
}
