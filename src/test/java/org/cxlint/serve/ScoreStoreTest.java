package org.cxlint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlint.cli.Cli;
import org.cxlint.result.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxlint score --store}: batch results in the service's store, one history with the served calls. */
class ScoreStoreTest {
    @TempDir
    Path tmp;

    static int score(StringWriter out, StringWriter err, String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void batchResultsJoinTheServedHistory() throws Exception {
        Path data = tmp.resolve("data");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = score(
                out,
                err,
                "score",
                "--no-progress",
                "--format",
                "json",
                "--store",
                data.toString(),
                "samples/bad-call.txt",
                "samples/good-call.json",
                "samples/mixed-chat.json");
        assertTrue(code == 0 || code == 4, err.toString());
        JsonNode reports = Json.MAPPER.readTree(out.toString()).get("reports");
        try (Store store = Store.open(data.toString())) {
            assertEquals(3, store.count());
            for (Store.Row row : store.recent(10)) assertEquals("batch", row.origin());
            // the stored report is the one the batch printed
            String badId = null;
            for (Store.Row row : store.recent(10))
                if (row.transcriptId().equals("bad-call")) badId = Long.toString(row.id());
            assertEquals(
                    Json.pretty(reports.get(0)),
                    Json.pretty(Json.MAPPER.readTree(
                            store.reportJson(Long.parseLong(badId)).orElseThrow())));
        }
        // run again: nothing stored twice
        score(
                new StringWriter(),
                new StringWriter(),
                "score",
                "--no-progress",
                "--store",
                data.toString(),
                "samples/bad-call.txt");
        try (Served s = new Served(data)) {
            assertEquals(3, s.store.count());
            HttpResponse<String> r = s.post("/v1/transcripts", Files.readAllBytes(Path.of("samples/bad-call.txt")));
            assertEquals(200, r.statusCode(), "the call the batch stored is the same call: " + r.body());
            assertEquals(3, s.store.count());
        }
        StringWriter bad = new StringWriter();
        assertEquals(
                1,
                score(
                        new StringWriter(),
                        bad,
                        "score",
                        "--no-progress",
                        "--store",
                        "jdbc:nosuchdb://x",
                        "samples/bad-call.txt"));
        assertTrue(
                bad.toString().startsWith("cxlint: --store: cannot open the store jdbc:nosuchdb://x"), bad.toString());
    }
}
