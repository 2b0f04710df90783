package org.cxlint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.cxlint.result.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /openapi.json against the server's real answers: every JSON response of every endpoint (success and
 * error) is validated against the schema the document gives for that path, method and status.
 */
class OpenApiTest {
    @TempDir
    Path tmp;

    JsonNode api;
    int checked;

    @Test
    void everyResponseMatchesItsSchema() throws Exception {
        try (Served s = new Served(tmp.resolve("data"))) {
            HttpResponse<String> doc = s.get("/openapi.json");
            assertEquals(200, doc.statusCode());
            api = Json.MAPPER.readTree(doc.body());
            assertEquals("3.1.0", api.get("openapi").asText());

            byte[] call = Files.readAllBytes(Path.of("samples/bad-call.txt"));
            HttpResponse<String> created = s.post("/v1/transcripts?id=o1&agent=Open%20Api&date=2026-11-03", call);
            check("/v1/transcripts", "post", created);
            check("/v1/transcripts", "post", s.post("/v1/transcripts?id=o1&agent=Open%20Api&date=2026-11-03", call));
            check("/v1/transcripts", "post", s.post("/v1/transcripts", "no format at all"));
            check(
                    "/v1/transcripts",
                    "post",
                    s.post("/v1/transcripts?id=waived", Files.readAllBytes(Path.of("samples/mixed-chat.json"))));
            String id = created.headers().firstValue("X-Cxlint-Report-Id").orElseThrow();
            check("/v1/reports/{id}", "get", s.get("/v1/reports/" + id));
            check("/v1/reports/{id}", "get", s.get("/v1/reports/0"));
            check("/v1/agents", "get", s.get("/v1/agents"));
            check(
                    "/v1/agents/{agent}/trend",
                    "get",
                    s.get("/v1/agents/Open%20Api/trend?from=2026-10-01&to=2026-11-30"));
            check("/v1/agents/{agent}/trend", "get", s.get("/v1/agents/Open%20Api/trend?from=x"));
            check(
                    "/v1/conversations/{id}/turns",
                    "post",
                    s.post(
                            "/v1/conversations/o2/turns",
                            "{\"speaker\": \"customer\", \"text\": \"My refund never came.\", \"start\": 0.5}"));
            check(
                    "/v1/conversations/{id}/turns",
                    "post",
                    s.post(
                            "/v1/conversations/o2/turns",
                            "{\"speaker\": \"agent\", \"text\": \"That's not my problem, calm down.\"}"));
            check("/v1/conversations/{id}/turns", "post", s.post("/v1/conversations/o2/turns", "{}"));
            check("/v1/conversations/{id}/end", "post", s.post("/v1/conversations/o2/end", new byte[0]));
            check("/v1/conversations/{id}/end", "post", s.post("/v1/conversations/o2/end", new byte[0]));
            check("/healthz", "get", s.get("/healthz"));
            check("/readyz", "get", s.get("/readyz"));
            check("/openapi.json", "get", doc);
            HttpResponse<String> metrics = s.get("/metrics");
            assertEquals(200, metrics.statusCode());
            assertTrue(
                    metrics.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
            assertEquals(17, checked);
            // and the schemas do refuse what they should: a report of another schema, an error with two lines
            assertEquals(
                    false,
                    schemaOf(Json.MAPPER.readTree("{\"$ref\": \"#/components/schemas/Report\"}"))
                            .validate(
                                    Json.MAPPER.readTree(created.body().replace("cxlint.report/1", "cxlint.report/2")))
                            .isEmpty());
            assertEquals(
                    false,
                    schemaOf(Json.MAPPER.readTree("{\"$ref\": \"#/components/schemas/Error\"}"))
                            .validate(Json.MAPPER.readTree("{\"error\": \"a\\nb\"}"))
                            .isEmpty());
        }
    }

    private void check(String path, String method, HttpResponse<String> r) throws Exception {
        JsonNode op = api.path("paths").path(path).path(method);
        assertTrue(op.isObject(), method + " " + path + " is not in the document");
        JsonNode resp = op.path("responses").path(Integer.toString(r.statusCode()));
        assertTrue(
                resp.isObject(),
                method + " " + path + " answered " + r.statusCode() + ", which the document does not list: "
                        + r.body());
        JsonNode schema = resp.path("content").path("application/json").path("schema");
        assertNotNull(schema);
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        for (var h : (Iterable<java.util.Map.Entry<String, JsonNode>>)
                () -> resp.path("headers").fields()) {
            assertTrue(
                    r.headers().firstValue(h.getKey()).isPresent(),
                    path + " " + r.statusCode() + " lacks header " + h.getKey());
        }
        Set<ValidationMessage> errors = schemaOf(schema).validate(Json.MAPPER.readTree(r.body()));
        assertEquals(Set.of(), errors, method + " " + path + " " + r.statusCode() + ": " + r.body());
        checked++;
    }

    /** The response schema with the document's components as $defs (OpenAPI 3.1 schemas are JSON Schema 2020-12). */
    private JsonSchema schemaOf(JsonNode schema) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        String defs = api.path("components").path("schemas").toString().replace("#/components/schemas/", "#/$defs/");
        try {
            root.set("$defs", Json.MAPPER.readTree(defs));
            root.setAll(
                    (ObjectNode) Json.MAPPER.readTree(schema.toString().replace("#/components/schemas/", "#/$defs/")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }
}
