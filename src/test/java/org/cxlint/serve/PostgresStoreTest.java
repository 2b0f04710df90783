package org.cxlint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.CompletableFuture;
import org.cxlint.result.Json;
import org.junit.jupiter.api.Test;

/**
 * The store on a real PostgreSQL: {@code CXLINT_TEST_PG_URL} names it (.ci/run installs Debian's postgresql,
 * starts a cluster and sets it). Each run works in a schema of its own, dropped at the end.
 */
class PostgresStoreTest {
    static final String URL = System.getenv("CXLINT_TEST_PG_URL");

    @Test
    void theServiceOnPostgres() throws Exception {
        assumeTrue(
                URL != null && !URL.isBlank(),
                "CXLINT_TEST_PG_URL is not set: no PostgreSQL to test against (.ci/run sets one up)");
        String schema = "cxlint_test_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(URL)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            Store store = Store.open(url);
            assertTrue(store.where().contains("password=***"), "the password is not shown: " + store.where());
            try (Served s = new Served(store)) {
                byte[] call = Files.readAllBytes(Path.of("samples/bad-call.txt"));
                // the same call sent twice at once: stored once, whichever wins
                CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> post(s, call));
                CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> post(s, call));
                int created = (a.get().statusCode() == 201 ? 1 : 0) + (b.get().statusCode() == 201 ? 1 : 0);
                assertEquals(
                        1,
                        created,
                        a.get().statusCode() + " " + b.get().statusCode() + " "
                                + a.get().body());
                assertEquals(a.get().body(), b.get().body());
                assertEquals(1, store.count());
                String id = a.get().headers().firstValue("X-Cxlint-Report-Id").orElseThrow();
                assertEquals(a.get().body(), s.get("/v1/reports/" + id).body());
                JsonNode agents =
                        Json.MAPPER.readTree(s.get("/v1/agents").body()).get("agents");
                assertEquals("Marcus Hale", agents.get(0).get("agent").asText());
                JsonNode trend =
                        Json.MAPPER.readTree(s.get("/v1/agents/Marcus%20Hale/trend?from=2026-10-01&to=2026-10-31")
                                .body());
                assertEquals(1, trend.get("calls").asInt());
                assertEquals("2026-10-05", trend.get("weeks").get(0).get("week").asText());
                assertTrue(s.get("/reports/" + id).body().contains("Marcus Hale"));
                s.post(
                        "/v1/conversations/pg-live/turns",
                        "{\"speaker\": \"agent\", \"text\": \"Hello, how can I help?\"}");
                assertEquals(
                        201,
                        s.post("/v1/conversations/pg-live/end", new byte[0]).statusCode());
                assertEquals(2, store.count());
            }
            // a restart on the same database: migrations already applied, calls still there
            try (Store again = Store.open(url)) {
                assertEquals(2, again.count());
            }
        } finally {
            try (Connection c = DriverManager.getConnection(URL)) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static HttpResponse<String> post(Served s, byte[] body) {
        try {
            return s.post("/v1/transcripts?id=pg-1", body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
