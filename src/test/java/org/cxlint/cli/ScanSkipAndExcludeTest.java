package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned folder's files that are not transcripts (no known format) are skipped and listed, not errors;
 * the same file named on the command line is an error. {@code --exclude} leaves files and folders out of a scan.
 */
class ScanSkipAndExcludeTest {
    @TempDir
    Path tmp;

    private Path write(String rel, String content) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private Path dataset() throws IOException {
        Files.copy(
                Path.of("samples/good-call.json"),
                Files.createDirectories(tmp.resolve("data")).resolve("call.json"));
        write("data/stats/counts.json", "{\"AmazonHelp\": 12, \"AppleSupport\": 9}\n");
        write("data/notes.txt", "Selected 100 calls from the corpus.\nNothing else here.\n");
        return tmp.resolve("data");
    }

    @Test
    void filesOfAScannedFolderThatNoFormatRecognisesAreSkippedNotErrors() throws IOException {
        Path data = dataset();
        CliRun run = CliRun.of("score", "--format", "json", data.toString());
        assertEquals(ExitCode.OK.code, run.exit(), run.err());
        assertEquals(
                List.of(
                        "cxlint: skipped 2 files that no known format recognises (not transcripts; name a file to see why): "
                                + data.resolve("notes.txt") + ", " + data.resolve("stats/counts.json")),
                run.err().lines().toList());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.get("reports").size());
        assertEquals(0, json.get("errors").size());
        assertEquals(2, json.get("summary").get("skipped").asInt());
        assertEquals(0, json.get("summary").get("errors").asInt());

        CliRun text = CliRun.of("score", data.toString());
        assertTrue(
                text.out().contains("3 files: 1 transcript scored, 0 errors. 2 skipped (not transcripts)."),
                text.out());
    }

    @Test
    void theSameFileNamedOnTheCommandLineIsAnError() throws IOException {
        Path data = dataset();
        CliRun run = CliRun.of(
                "score",
                "--format",
                "csv",
                data.resolve("call.json").toString(),
                data.resolve("stats/counts.json").toString(),
                data.resolve("notes.txt").toString());
        assertEquals(ExitCode.INPUT_ERRORS.code, run.exit(), run.err());
        List<String> err = run.err().lines().toList();
        assertEquals(2, err.size(), run.err());
        assertTrue(
                err.get(0)
                        .startsWith("cxlint: " + data.resolve("stats/counts.json")
                                + ": unrecognised format: a JSON object"),
                err.get(0));
        assertTrue(
                err.get(1).startsWith("cxlint: " + data.resolve("notes.txt") + ": line 1: expected \"Agent: ...\""),
                err.get(1));
        assertFalse(run.err().contains("skipped"), run.err());
    }

    @Test
    void aBrokenTranscriptInAScannedFolderIsStillAnError() throws IOException {
        Path data = dataset();
        write("data/truncated.json", "{\"id\": \"x\", \"turns\": [\n  {\"speaker\": \"agent\", \"text\": \"Hel");
        CliRun run = CliRun.of("score", "--format", "csv", data.toString());
        assertEquals(ExitCode.INPUT_ERRORS.code, run.exit(), run.err());
        assertTrue(run.err().contains(data.resolve("truncated.json") + ": "), run.err());
        assertTrue(run.err().contains("skipped 2 files"), run.err());
    }

    @Test
    void manySkippedFilesAreCountedAfterTheFirstFew() throws IOException {
        for (int i = 0; i < 8; i++) write("many/stat-" + i + ".json", "[1, 2, 3]");
        CliRun run = CliRun.of("score", "--format", "csv", tmp.resolve("many").toString());
        assertEquals(ExitCode.OK.code, run.exit(), run.err());
        String line = run.err().strip();
        assertTrue(line.startsWith("cxlint: skipped 8 files that no known format recognises"), line);
        assertTrue(line.endsWith(tmp.resolve("many/stat-4.json") + ", and 3 more"), line);
        assertEquals(1, run.out().lines().count(), "only the CSV header: " + run.out());
    }

    @Test
    void skippedFilesFromAnExpandedGlobToo() throws IOException {
        Path data = dataset();
        CliRun run = CliRun.of("score", "--format", "csv", data + "/**");
        assertEquals(ExitCode.OK.code, run.exit(), run.err());
        assertTrue(run.err().startsWith("cxlint: skipped 2 files"), run.err());
    }

    private static List<String> sources(CliRun run) {
        return run.out().lines().skip(1).map(l -> l.split(",")[1]).toList();
    }

    @Test
    void excludeLeavesOutFilesAndFoldersRelativeToTheScannedFolder() throws IOException {
        String call = Files.readString(Path.of("samples/good-call.json"));
        for (String rel : List.of(
                "calls/a.json",
                "calls/a.meta.json",
                "calls/2025/b.json",
                "calls/2026/c.json",
                "calls/2026/c.meta.json",
                "calls/archive/d.json",
                "calls/2026/archive/e.json")) {
            write(rel, call);
        }
        Path calls = tmp.resolve("calls");
        CliRun names = CliRun.of(
                "score", "--format", "csv", calls.toString(), "--exclude", "*.meta.json", "--exclude", "archive/");
        assertEquals(ExitCode.OK.code, names.exit(), names.err());
        assertEquals(
                List.of(
                        calls.resolve("2025/b.json").toString(),
                        calls.resolve("2026/c.json").toString(),
                        calls.resolve("a.json").toString()),
                sources(names));

        CliRun path = CliRun.of(
                "score", "--format", "csv", calls.toString(), "--exclude", "2026/**", "--exclude", "archive/*.json");
        assertEquals(
                List.of(
                        calls.resolve("2025/b.json").toString(),
                        calls.resolve("a.json").toString(),
                        calls.resolve("a.meta.json").toString()),
                sources(path),
                "a path pattern is anchored at the scanned folder");

        CliRun anyDepth = CliRun.of(
                "score",
                "--format",
                "csv",
                calls.toString(),
                "--exclude",
                "**/archive/**",
                "--exclude",
                "**/*.meta.json");
        assertEquals(
                List.of(
                        calls.resolve("2025/b.json").toString(),
                        calls.resolve("2026/c.json").toString(),
                        calls.resolve("a.json").toString()),
                sources(anyDepth));

        CliRun glob = CliRun.of("score", "--format", "csv", calls + "/**/*.json", "--exclude", "2026");
        assertEquals(
                List.of(
                        calls.resolve("2025/b.json").toString(),
                        calls.resolve("archive/d.json").toString()),
                sources(glob),
                "relative to the glob's folder");

        CliRun named = CliRun.of(
                "score", "--format", "csv", calls.resolve("a.meta.json").toString(), "--exclude", "*.meta.json");
        assertEquals(List.of(calls.resolve("a.meta.json").toString()), sources(named), "a named file is always read");
    }

    @Test
    void anExcludeThatIsNotAGlobIsAUsageError() {
        CliRun run = CliRun.of("score", "samples/", "--exclude", "calls/[2025");
        assertEquals(ExitCode.USAGE.code, run.exit());
        assertTrue(run.err().startsWith("cxlint: --exclude \"calls/[2025\" is not a valid glob"), run.err());
        assertEquals(
                ExitCode.USAGE.code,
                CliRun.of("score", "samples/", "--exclude", "/").exit());
    }
}
