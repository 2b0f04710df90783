package org.cxlint.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The project's own hostile-input cases (issue 15), generated: for every defect family of the issue, inputs
 * that once crashed, hung, ran out of memory, gave a silently wrong result or cost the batch its other
 * transcripts. {@link HostileSuiteTest} runs each beside a good control transcript.
 */
final class HostileCases {
    /** What one case checks beyond the suite's own checks (no crash, no hang, the control scored). */
    interface Check {
        /** Null when the result is right, else what is wrong. */
        String wrong(CliRun run, Path dir) throws Exception;
    }

    /**
     * @param files     file name to content (String or byte[]) written into the case's folder beside the control
     * @param args      the command line; "DIR" stands for the case's folder
     * @param exits     exit codes that are right for the case
     * @param control   whether the control transcript must be in the output (false where no report is written)
     */
    record Case(
            String family,
            String name,
            Map<String, Object> files,
            List<String> args,
            List<Integer> exits,
            boolean control,
            Check check) {}

    static final String CONTROL = "Agent: Thank you for calling, this is Sam. How can I help?\n"
            + "Customer: My order is late.\nAgent: I'm sorry about that. Let me check it for you right now.\n";

    private HostileCases() {}

    static Map<String, Object> files(Object... nameThenContent) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) m.put((String) nameThenContent[i], nameThenContent[i + 1]);
        return m;
    }

    static List<String> json() {
        return List.of("score", "--format", "json", "--no-progress", "--agent", "A,0,spk_0", "DIR");
    }

    static byte[] gzip(String prefix, long fillerBytes, String suffix) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(b)) {
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = " ".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < fillerBytes; n += chunk.length) out.write(chunk);
            out.write(suffix.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    static List<Case> all() throws IOException {
        List<Case> c = new ArrayList<>();
        readerCrashes(c);
        boundedWork(c);
        memory(c);
        silentlyWrong(c);
        options(c);
        output(c);
        return c;
    }

    private static void add(List<Case> c, String family, String name, Map<String, Object> files, Check check) {
        c.add(new Case(family, name, files, json(), List.of(0, 3), true, check));
    }

    /** Issue family 1: a reader exception (null end times, CSV times out of range) ended the whole batch. */
    private static void readerCrashes(List<Case> c) {
        String f = "reader crash";
        add(c, f, "assemblyai utterance without end", files("a.json", """
                {"id": "aai", "status": "completed", "audio_url": "u", "utterances": [
                 {"speaker": "A", "text": "Thanks for calling, how can I help?", "start": 0, "end": null},
                 {"speaker": "B", "text": "My bill is wrong.", "start": 5000, "end": 6000}]}"""), HostileSuiteTest.scored("aai"));
        add(c, f, "deepgram word without end", files("a.json", """
                {"results": {"channels": [{"alternatives": [{"words": [
                 {"word": "thanks", "speaker": 0, "start": 0.0}, {"word": "for", "speaker": 0, "start": 0.5, "end": null},
                 {"word": "calling", "speaker": 0, "start": 0.9}, {"word": "hi", "speaker": 1, "start": 3.0, "end": 3.2}]}]}]}}"""), HostileSuiteTest.scored("a"));
        add(c, f, "bedrock segment without end", files("a.json", """
                {"audio_segments": [
                 {"type": "TRANSCRIPT", "speaker": {"speaker_label": "spk_0"}, "text": "Thanks for calling, how can I help?", "start_timestamp_millis": 0},
                 {"type": "TRANSCRIPT", "speaker": {"speaker_label": "spk_1"}, "text": "My card was charged twice.", "start_timestamp_millis": 4000, "end_timestamp_millis": null}]}"""), HostileSuiteTest.scored("a"));
        add(c, f, "transcribe item without end", files("a.json", """
                {"jobName": "tx", "status": "COMPLETED", "results": {"transcripts": [{"transcript": "x"}], "items": [
                 {"type": "pronunciation", "start_time": "0.0", "speaker_label": "spk_0", "alternatives": [{"content": "Thanks"}]},
                 {"type": "pronunciation", "start_time": "3.0", "end_time": null, "speaker_label": "spk_1", "alternatives": [{"content": "hi"}]}]}}"""), HostileSuiteTest.scored("tx"));
        for (String[] time : new String[][] {
            {"far future year", "+999999999-01-01T00:00:00Z"},
            {"negative year", "-999999999-01-01T00:00:00Z"},
            {"400-digit seconds", "9".repeat(400)}
        }) {
            add(
                    c,
                    f,
                    "csv " + time[0],
                    files(
                            "a.csv",
                            "conversation_id,speaker,text,start\n" + "c1,agent,Thank you for calling how can I help,"
                                    + time[1] + "\nc1,customer,My bill is wrong,2\n"),
                    HostileSuiteTest.errorNaming("a.csv", "line 2: "));
        }
        add(
                c,
                f,
                "json lines with a null turn among good lines",
                files(
                        "a.jsonl",
                        "{\"id\": \"one\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hi, how can I help?\"}]}\n"
                                + "{\"id\": \"two\", \"turns\": [null]}\n"
                                + "{\"id\": \"three\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hello, how can I help?\"}]}\n"),
                HostileSuiteTest.scored("one", "three"));
        add(
                c,
                f,
                "json nested 100000 deep",
                files("a.json", "[".repeat(100_000)),
                HostileSuiteTest.errorNaming("a.json", ""));
    }

    /** Issue family 4: inputs that took time quadratic in their length, or never ended. */
    private static void boundedWork(List<Case> c) {
        String f = "hang";
        add(
                c,
                f,
                "100 KB turn of emoji",
                files(
                        "a.json",
                        "{\"id\": \"emoji\", \"turns\": [{\"speaker\": \"agent\", \"text\": "
                                + "\"Thanks for calling, how can I help? " + "\\ud83d\\ude00".repeat(50_000)
                                + " I'm sorry about that.\"}]}"),
                HostileSuiteTest.scored("emoji"));
        add(
                c,
                f,
                "100 KB run of symbols",
                files(
                        "a.json",
                        "{\"id\": \"sym\", \"turns\": [{\"speaker\": \"agent\", \"text\": " + "\"Thanks for calling. "
                                + "!?*#".repeat(25_000) + " How can I help?\"}]}"),
                HostileSuiteTest.scored("sym"));
        add(
                c,
                f,
                "vtt with 50k stray <",
                files(
                        "a.vtt",
                        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Customer>help " + "<".repeat(50_000)
                                + "\n\n00:00:05.000 --> 00:00:08.000\n<v Agent>I'm sorry, let me check.\n"),
                HostileSuiteTest.scored("a"));
        add(
                c,
                f,
                "markup run of 100 KB",
                files("a.txt", "Agent: Hello, how can I help? " + "<b>".repeat(33_000) + "\nCustomer: hi\n"),
                HostileSuiteTest.scored("a"));
    }

    /** Issue family 5: one file exhausting the heap. */
    private static void memory(List<Case> c) throws IOException {
        String f = "memory";
        add(
                c,
                f,
                "gzip expanding to 54 MB",
                files("a.json.gz", gzip("{\"turns\": [", 54L << 20, "]}")),
                HostileSuiteTest.errorNaming("a.json.gz", "file is too large"));
        add(
                c,
                f,
                "gzip expanding to 45 MB of whitespace",
                files("a.json.gz", gzip("{\"turns\": [", 45L << 20, "]}")),
                HostileSuiteTest.errorNaming("a.json.gz", ""));
        StringBuilder lines = new StringBuilder(
                "{\"id\": \"first\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hi, how can I help?\"}]}\n");
        String filler =
                "{\"id\": \"n\", \"turns\": [{\"speaker\": \"robot\", \"text\": \"" + "beep ".repeat(2000) + "\"}]}\n";
        while (lines.length() < 5 << 20) lines.append(filler);
        lines.append(
                "{\"id\": \"last\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Bye, how else can I help?\"}]}\n");
        add(
                c,
                f,
                "5 MB json lines read a line at a time",
                files("a.jsonl", lines.toString()),
                HostileSuiteTest.scored("first", "last"));
        add(
                c,
                f,
                "json lines gzip with a 30 MB line",
                files(
                        "b.jsonl.gz",
                        gzip(
                                "{\"id\": \"g\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hi, how can I help?\"}]}\n"
                                        + "{\"id\": \"g2\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hello, how can I help?\"}]}\n{\"turns\": [",
                                30L << 20,
                                "]}\n{\"id\": \"after\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Thanks, how can I help?\"}]}\n")),
                HostileSuiteTest.scored("g", "g2", "after"));
    }

    private static void usage(List<Case> c, String name, Map<String, Object> files, String expected, String... args) {
        c.add(new Case(
                "option values", name, files, List.of(args), List.of(2), false, HostileSuiteTest.stderrHas(expected)));
    }

    /** Issue family 7 (options): values that crashed or were taken silently. */
    private static void options(List<Case> c) {
        for (String v : List.of("NaN", "-1", "Infinity", "1e400")) {
            usage(c, "--fail-under " + v, files(), "--fail-under", "score", "DIR", "--fail-under", v);
        }
        for (String v : List.of("0", "100000", "2147483648"))
            usage(c, "--threads " + v, files(), "--threads", "score", "DIR", "--threads", v);
        for (String v : List.of("-1", "NaN")) {
            usage(
                    c,
                    "--transcript-timeout " + v,
                    files(),
                    "--transcript-timeout",
                    "score",
                    "DIR",
                    "--transcript-timeout",
                    v);
        }
        usage(
                c,
                "--resume naming a directory",
                files(),
                "--resume",
                "score",
                "DIR",
                "--format",
                "jsonl",
                "--resume",
                "DIR");
        usage(
                c,
                "mustNotFire naming an unknown rule",
                files("cxlint-suite.yaml", "scripts:\n  - file: zz-control.txt\n    mustNotFire: [OWN-DEFLCT]\n"),
                "mustNotFire names unknown rule \"OWN-DEFLCT\"",
                "check",
                "DIR");
        usage(
                c,
                "minScore out of range",
                files("cxlint-suite.yaml", "defaults: {minScore: 150}\nscripts:\n  - file: zz-control.txt\n"),
                "minScore",
                "check",
                "DIR");
        usage(c, "baseline that is a device", files(), "not a regular file", "score", "DIR", "--baseline", "/dev/zero");
        usage(c, "expectations that are a device", files(), "not a regular file", "check", "/dev/null");
    }

    /** Issue families 3, 6 and 8: reports that were not written, malformed, or carried a transcript's escapes. */
    private static void output(List<Case> c) throws IOException {
        Path scratch = java.nio.file.Files.createTempDirectory("cxlint-hostile");
        Path written = Hostile.jsonl(scratch);
        Map<String, Object> hostile = files("hostile.jsonl", java.nio.file.Files.readString(written));
        java.nio.file.Files.delete(written);
        java.nio.file.Files.delete(scratch);
        c.add(new Case(
                "report formats",
                "sarif with hostile ids",
                hostile,
                List.of("score", "--format", "sarif", "DIR"),
                List.of(0, 3),
                true,
                HostileSuiteTest.validSarif()));
        c.add(new Case(
                "report formats",
                "junit with hostile ids",
                hostile,
                List.of("score", "--format", "junit", "DIR"),
                List.of(0, 3),
                true,
                HostileSuiteTest.validJUnit()));
        for (String format : List.of("text", "line")) {
            c.add(new Case(
                    "output injection",
                    "terminal escapes in " + format,
                    hostile,
                    List.of("score", "--format", format, "DIR"),
                    List.of(0, 3),
                    true,
                    HostileSuiteTest.noRawControls()));
        }
        c.add(new Case(
                "output injection",
                "csv formulas",
                hostile,
                List.of("score", "--format", "csv", "DIR"),
                List.of(0, 3),
                true,
                HostileSuiteTest.noFormulaCells()));
        c.add(new Case(
                "unwritable report",
                "summary under a file",
                files(),
                List.of("score", "--format", "json", "DIR", "--summary", "DIR/zz-control.txt/summary.json"),
                List.of(1),
                true,
                HostileSuiteTest.stderrHas("cxlint: cannot write summary")));
        c.add(new Case(
                "unwritable report",
                "html output that is a file",
                files(),
                List.of("score", "--format", "html", "DIR", "--output", "DIR/zz-control.txt"),
                List.of(1),
                false,
                HostileSuiteTest.stderrHas("cxlint: cannot write")));
        c.add(new Case(
                "resume",
                "cut at seeded points over json lines, csv and single files",
                files(),
                List.of("score", "--format", "jsonl", "--no-progress", "DIR"),
                List.of(0),
                true,
                HostileSuiteTest.resumesExactly()));
        c.add(new Case(
                "unreadable directory",
                "subdirectory without permission",
                files("locked/b.txt", CONTROL, "open/c.txt", CONTROL),
                json(),
                List.of(0, 3),
                true,
                HostileSuiteTest.lockedDirectoryReported()));
    }

    /** Issue family 7: results that were silently wrong. */
    private static void silentlyWrong(List<Case> c) {
        String f = "silently wrong";
        for (String opener : List.of("'cause", "'em", "'til", "\"")) {
            add(
                    c,
                    f,
                    "turn opening with " + opener,
                    files(
                            "a.txt",
                            "Agent: " + opener
                                    + " Hi there. I can't do anything about that, it's our policy.\nCustomer: My order is late.\n"
                                    + "Agent: You should have read the terms.\n"),
                    HostileSuiteTest.fires("a", "POS-REFUSAL", "POS-POLICY", "OWN-BLAME"));
        }
        add(c, f, "one bad end time", files("a.json", """
                {"id": "t", "channel": "call", "turns": [
                 {"speaker": "agent", "text": "Thanks for calling, how can I help?", "start": 0, "end": 3},
                 {"speaker": "customer", "text": "My bill is wrong.", "start": 4, "end": 2},
                 {"speaker": "agent", "text": "Let me check that.", "start": 6, "end": 8}]}"""), HostileSuiteTest.timingNote("t"));
        add(
                c,
                f,
                "assemblyai utterance without speaker",
                files("a.json", """
                {"id": "aai", "status": "completed", "audio_url": "u", "utterances": [
                 {"speaker": "A", "text": "Thanks for calling, how can I help?", "start": 0, "end": 900},
                 {"speaker": null, "text": "(inaudible)", "start": 1000, "end": 1500},
                 {"speaker": "B", "text": "My bill is wrong.", "start": 5000, "end": 6000},
                 {"speaker": "A", "text": "I'm sorry, let me check.", "start": 7000, "end": 8000}]}"""),
                HostileSuiteTest.turnsAtLeast("aai", 3));
    }
}
