package org.cxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.cxlint.model.Transcript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives a message naming the file and the problem, and never an exception the user sees. */
class BadInputTest {
    @TempDir
    Path dir;

    private static final String CALL =
            "Agent: Thank you for calling, how can I help?\nCustomer: My café order is late.\n";

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static Transcript readOne(Path p) throws InputException {
        var ts = Ingest.readAll(p);
        assertEquals(1, ts.size());
        return ts.get(0);
    }

    private static InputException refused(Path p) {
        InputException e = assertThrows(InputException.class, () -> Ingest.readAll(p));
        assertEquals(p.toString(), e.file().replaceAll("#.*", ""));
        return e;
    }

    @Test
    void utf8WithBomIsPlainText() throws Exception {
        Transcript t = readOne(write(
                "bom.txt",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CALL.getBytes(StandardCharsets.UTF_8))));
        assertNull(t.encoding());
        assertEquals("My café order is late.", t.turns().get(1).text());
    }

    @Test
    void utf16WithEitherBomIsDecodedAndRecorded() throws Exception {
        Transcript le = readOne(write(
                "le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CALL.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals("UTF-16LE", le.encoding());
        assertEquals("My café order is late.", le.turns().get(1).text());
        Transcript be = readOne(write("be.txt", CALL.getBytes(StandardCharsets.UTF_16))); // Java writes a BE BOM
        assertEquals("UTF-16BE", be.encoding());
    }

    @Test
    void utf16WithoutBomIsRecognised() throws Exception {
        Transcript t = readOne(write("nobom.txt", CALL.getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(t.encoding().startsWith("UTF-16LE without"), t.encoding());
    }

    @Test
    void latin1IsReadAsWindows1252AndSaysSo() throws Exception {
        Transcript t = readOne(write("latin1.txt", CALL.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("My café order is late.", t.turns().get(1).text());
        assertTrue(t.encoding().startsWith("windows-1252 (not valid UTF-8: byte 0xE9 on line 2)"), t.encoding());
    }

    @Test
    void latin1BehindAUtf8BomIsReadAndTheMismatchNamed() throws Exception {
        Transcript t = readOne(write(
                "latin1-bom.txt",
                concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        CALL.getBytes(StandardCharsets.ISO_8859_1))));
        assertTrue(t.encoding().contains("despite its UTF-8 byte-order mark"), t.encoding());
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        Path p = write(
                "image.json", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertTrue(refused(p).reason().startsWith("binary content (NUL byte at offset 8)"));
    }

    @Test
    void twoHundredMegabyteFileIsRefusedWithoutReadingIt() throws Exception {
        Path p = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: costs no disk
        }
        String reason = refused(p).reason();
        assertTrue(reason.startsWith("file is too large (209715200 bytes; the limit is 50 MB)"), reason);
    }

    @Test
    void truncatedJsonSaysWhereAndThatItLooksTruncated() throws Exception {
        Path p = write(
                "cut.json",
                "{\"id\": \"x\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hello"
                        .getBytes(StandardCharsets.UTF_8));
        String reason = refused(p).reason();
        assertTrue(reason.startsWith("malformed JSON at line 1"), reason);
        assertTrue(reason.contains("looks truncated"), reason);
    }

    @Test
    void truncatedVendorJsonIsReportedTheSameWay() throws Exception {
        String full = Files.readString(FormatFixturesTest.FIXTURES.resolve("deepgram/utterances.json"));
        Path p = write("cut-deepgram.json", full.substring(0, full.length() / 2).getBytes(StandardCharsets.UTF_8));
        assertTrue(refused(p).reason().contains("looks truncated"));
    }

    @Test
    void aBrokenFirstJsonLineStillReadsAsJsonLines() throws Exception {
        String good = "{\"turns\": [{\"speaker\": \"agent\", \"text\": \"Hi, how can I help?\"}]}\n";
        Path p = write("batch.jsonl", ("{\"turns\": [\n" + good + good).getBytes(StandardCharsets.UTF_8));
        ReadResult r = new Ingest(null, RoleResolver.NONE).read(p);
        assertEquals(2, r.transcripts().size());
        assertEquals(1, r.errors().size());
        assertTrue(
                r.errors().get(0).reason().startsWith("line 1: malformed JSON"),
                r.errors().get(0).reason());
    }

    @Test
    void noAgentTurnsIsRefusedNamingTheSpeakers() throws Exception {
        Path p = write("customer-only.txt", "Customer: Hello?\nCustomer: Anyone?\n".getBytes(StandardCharsets.UTF_8));
        String reason = refused(p).reason();
        assertTrue(reason.startsWith("no agent turns, nothing to score (customer: 2 turns)"), reason);
    }

    @Test
    void unknownJsonListsTheKnownFormats() throws Exception {
        Path p = write(
                "whisper.json",
                "{\"text\": \"hi\", \"segments\": [], \"language\": \"en\"}".getBytes(StandardCharsets.UTF_8));
        String reason = refused(p).reason();
        assertTrue(
                reason.startsWith("unrecognised format: a JSON object with keys [text, segments, language]"), reason);
        assertTrue(reason.contains("aws-call-analytics") && reason.contains("--input-format"), reason);
    }

    @Test
    void unknownTextListsTheKnownFormats() throws Exception {
        String reason = refused(
                        write("notes.md", "# Meeting notes\n\nNothing here.\n".getBytes(StandardCharsets.UTF_8)))
                .reason();
        assertTrue(reason.startsWith("unrecognised format (known formats: json, jsonl,"), reason);
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertEquals(
                "file is empty",
                refused(write("empty.txt", "\n  \n".getBytes(StandardCharsets.UTF_8)))
                        .reason());
    }

    @Test
    void gzipIsDecompressed() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(Files.readAllBytes(FormatFixturesTest.FIXTURES.resolve("aws-bda/call.json")));
        }
        Transcript t = readOne(write("call.json.gz", buf.toByteArray()));
        assertEquals("aws-bda", t.format());
        assertEquals("call", t.id());
        assertTrue(Readers.accepts("call.json.gz"));
    }

    @Test
    void corruptGzipIsRefused() throws Exception {
        Path p = write("cut.json.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2});
        assertTrue(refused(p).reason().startsWith("gzip file is corrupt or truncated"));
    }

    @Test
    void missingFileAndDirectory() {
        assertEquals("file not found", refused(dir.resolve("nope.json")).reason());
        assertEquals("is a directory", refused(dir).reason());
    }

    @Test
    void aForcedFormatThatDoesNotFitSaysSo() throws Exception {
        Path p = write("x.json", Files.readAllBytes(FormatFixturesTest.FIXTURES.resolve("assemblyai/call.json")));
        InputException e = assertThrows(InputException.class, () -> new Ingest("deepgram", RoleResolver.NONE).read(p));
        assertTrue(
                e.reason().endsWith("(the content does not look like deepgram; is --input-format right?)"), e.reason());
    }

    @Test
    void unknownInputFormatNameListsTheKnownOnes() throws Exception {
        Path p = write("x.txt", CALL.getBytes(StandardCharsets.UTF_8));
        InputException e = assertThrows(InputException.class, () -> new Ingest("vtt2", RoleResolver.NONE).read(p));
        assertTrue(e.reason().startsWith("unknown format \"vtt2\" (known formats: json, jsonl,"), e.reason());
    }

    @Test
    void csvTimesOutOfRangeAreRefusedWithTheLineNotAnOverflow() throws Exception {
        // issue 15: a far-future or negative year overflowed a long ("internal error") and stopped the batch
        String head = "conversation_id,speaker,text,start\n";
        for (String bad : java.util.List.of(
                "+999999999-01-01T00:00:00Z", "-999999999-01-01T00:00:00", "+10000-01-01T00:00:00Z", "9".repeat(400))) {
            Path p = write(
                    "times.csv",
                    (head + "c1,agent,Thank you for calling,2026-01-01T00:00:00Z\n" + "c1,customer,My bill is wrong,"
                                    + bad + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            InputException e = refused(p);
            assertTrue(e.reason().startsWith("line 3: the time \"" + bad + "\" is out of range"), e.reason());
        }
        // a date before 1970 is a date all the same: made relative to the conversation's first turn
        Path old = write(
                "old.csv",
                (head + "c1,agent,Thank you for calling,1969-12-31T23:59:00Z\n"
                                + "c1,customer,My bill is wrong,1969-12-31T23:59:04Z\n")
                        .getBytes(StandardCharsets.UTF_8));
        Transcript t = readOne(old);
        assertEquals(0.0, t.turns().get(0).start());
        assertEquals(4.0, t.turns().get(1).start());
    }

    @Test
    void aNamedPipeNobodyWritesToIsRefusedInsteadOfHanging() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Path.of("/usr/bin/mkfifo").toFile().canExecute()
                        || Path.of("/bin/mkfifo").toFile().canExecute(),
                "needs mkfifo");
        Path fifo = dir.resolve("calls.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        long saved = SourceText.nonRegularTimeoutMillis;
        SourceText.nonRegularTimeoutMillis = 300;
        try {
            String reason = refused(fifo).reason();
            assertTrue(reason.contains("is not a regular file (a pipe or device) and gave no end of data"), reason);
        } finally {
            SourceText.nonRegularTimeoutMillis = saved;
        }
    }

    @Test
    void aDeviceOrStreamWithoutEndIsRefusedAtTheSizeLimit() throws Exception {
        // as /dev/zero: endless bytes; counted while read, refused past the limit instead of filling the heap
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        InputException e =
                assertThrows(InputException.class, () -> SourceText.readBounded("/dev/zero", endless, "kept going"));
        assertTrue(e.reason().startsWith("file is too large (kept going; the limit is 50 MB)"), e.reason());
        if (Files.isReadable(Path.of("/dev/zero"))) {
            String reason = refused(Path.of("/dev/zero")).reason();
            assertTrue(reason.contains("kept going past 52428800 bytes"), reason);
        }
    }

    @Test
    void aVttFullOfStrayAngleBracketsIsRead() throws Exception {
        String junk = "<".repeat(50_000);
        Path p = write(
                "lt.vtt",
                ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Customer>help " + junk
                                + "\n\n00:00:05.000 --> 00:00:08.000\n<v Agent>I'm sorry, let me check.\n")
                        .getBytes(StandardCharsets.UTF_8));
        Transcript t = readOne(p);
        assertEquals(2, t.turns().size());
        assertEquals("help " + junk, t.turns().get(0).text());
        assertEquals("I'm sorry, let me check.", t.turns().get(1).text());
    }
}
