package org.cxlint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.cxlint.result.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live scoring: one turn at a time, and the end is the same report as the whole transcript sent at once. */
class LiveScoringTest {
    @TempDir
    Path tmp;

    @Test
    void endIsByteIdenticalToTheWholeTranscriptAndTurnsReturnTheirFindings() throws Exception {
        try (Served s = new Served(tmp.resolve("data"))) {
            for (String sample : new String[] {"samples/good-call.json", "samples/mixed-chat.json"}) {
                JsonNode doc = Json.MAPPER.readTree(Files.readString(Path.of(sample)));
                String conv = "live-" + Path.of(sample).getFileName();
                Set<String> seen = new HashSet<>();
                int n = 0;
                for (JsonNode turn : doc.get("turns")) {
                    ObjectNode t = Json.MAPPER.createObjectNode();
                    for (String f : new String[] {"speaker", "text", "start", "end"})
                        if (turn.has(f)) t.set(f, turn.get(f));
                    HttpResponse<String> r =
                            s.post("/v1/conversations/" + conv + "/turns?agent=Live%20Agent", Json.pretty(t));
                    assertEquals(200, r.statusCode(), r.body());
                    JsonNode res = Json.MAPPER.readTree(r.body());
                    assertEquals(++n, res.get("turn").asInt());
                    for (JsonNode f : res.get("findings")) {
                        assertTrue(f.has("column"), "only findings with a quote are returned live: " + f);
                        assertTrue(
                                seen.add(f.get("rule").asText() + f.get("turn") + f.get("start")),
                                "returned twice: " + f);
                    }
                }
                HttpResponse<String> end = s.post("/v1/conversations/" + conv + "/end", new byte[0]);
                assertEquals(201, end.statusCode(), end.body());

                // the same turns sent whole, as cxlint's transcript JSON with the same id and manifest fields
                ObjectNode whole = Json.MAPPER.createObjectNode();
                ArrayNode turns = whole.putArray("turns");
                for (JsonNode turn : doc.get("turns")) {
                    ObjectNode t = turns.addObject();
                    for (String f : new String[] {"speaker", "text", "start", "end"})
                        if (turn.has(f)) t.set(f, turn.get(f));
                }
                HttpResponse<String> once =
                        s.post("/v1/transcripts?format=json&agent=Live%20Agent&id=" + conv, Json.pretty(whole));
                assertEquals(
                        200, once.statusCode(), "the same turns are the same call, already stored: " + once.body());
                assertEquals(
                        "true", once.headers().firstValue("X-Cxlint-Duplicate").orElseThrow());
                assertEquals(once.body(), end.body(), "live and whole give the same report, byte for byte");

                // every finding with a quote in the final report was returned by some turn
                for (JsonNode f : Json.MAPPER.readTree(end.body()).get("findings")) {
                    if (f.has("column"))
                        assertTrue(
                                seen.contains(f.get("rule").asText() + f.get("turn") + f.get("start")), f.toString());
                }
                assertEquals(
                        404,
                        s.post("/v1/conversations/" + conv + "/end", new byte[0])
                                .statusCode(),
                        "ended once");
            }
        }
    }

    @Test
    void badTurnsAreRefusedAndDoNotEnterTheConversation() throws Exception {
        try (Served s = new Served(tmp.resolve("data"))) {
            assertEquals(400, s.post("/v1/conversations/c1/turns", "not json").statusCode());
            HttpResponse<String> who =
                    s.post("/v1/conversations/c1/turns", "{\"speaker\": \"boss\", \"text\": \"hi\"}");
            assertEquals(400, who.statusCode());
            assertTrue(
                    who.body().contains("unknown speaker \\\"boss\\\" (use agent, customer, bot or unknown)"),
                    who.body());
            assertEquals(
                    400,
                    s.post("/v1/conversations/c1/turns", "{\"speaker\": \"agent\"}")
                            .statusCode());
            assertEquals(
                    400,
                    s.post("/v1/conversations/c1/turns", "{\"speaker\": \"agent\", \"text\": \"hi\", \"mood\": 1}")
                            .statusCode());
            assertEquals(
                    400,
                    s.post("/v1/conversations/c1/turns", "{\"speaker\": \"agent\", \"text\": \"hi\", \"start\": \"x\"}")
                            .statusCode());
            HttpResponse<String> first =
                    s.post("/v1/conversations/c1/turns", "{\"speaker\": \"customer\", \"text\": \"Hello?\"}");
            assertEquals(200, first.statusCode(), "a customer's turn alone is nothing to score yet, not an error");
            assertEquals(1, Json.MAPPER.readTree(first.body()).get("turn").asInt());
            assertEquals(
                    404, s.post("/v1/conversations/nobody/end", new byte[0]).statusCode());
            HttpResponse<String> end = s.post("/v1/conversations/c1/end", new byte[0]);
            assertEquals(400, end.statusCode(), end.body());
            assertTrue(end.body().contains("no agent turns"), end.body());
            assertEquals(0, s.store.count());
        }
    }

    @Test
    void idleConversationsAreScoredAndStored() throws Exception {
        Server.Settings idle = new Server.Settings("127.0.0.1", 0, null, 1 << 20, 30, 0, 1, 1000, 4);
        try (Served s = new Served(tmp.resolve("data"), idle)) {
            s.post("/v1/conversations/idle-1/turns", "{\"speaker\": \"customer\", \"text\": \"My parcel is late.\"}");
            s.post(
                    "/v1/conversations/idle-1/turns",
                    "{\"speaker\": \"agent\", \"text\": \"That's not my department.\"}");
            long deadline = System.currentTimeMillis() + 15_000;
            while (s.store.count() == 0 && System.currentTimeMillis() < deadline) Thread.sleep(100);
            assertEquals(1, s.store.count(), "expired after 1 s idle and stored");
            assertEquals("expired", s.store.recent(1).get(0).origin());
            assertEquals(
                    404, s.post("/v1/conversations/idle-1/end", new byte[0]).statusCode());
        }
    }
}
