package org.cxlint.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A large JSON Lines file (plain or gzipped) read a line at a time, so a batch under a small heap holds one
 * line of it, never the whole file. Bytes are counted while reading, after decompression, against the same
 * 50 MB limit as every input; one line may hold {@link ReadLimits#inMemoryBytes}. Each record is named
 * {@code file#id} (however many the file turns out to hold), a bad line is that line's error with its number,
 * and a line that is not valid UTF-8 is decoded as Windows-1252 and says so, as a whole file would.
 */
final class JsonLinesStream implements Records {
    /** Plain JSON Lines files above this size (and gzipped ones expanding past it) are streamed. */
    static final long STREAM_FROM = 4L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String source;
    private final String base;
    private final InputStream in;
    private final Ingest ingest;
    private final long lineLimit = ReadLimits.inMemoryBytes();
    private final JsonTranscriptReader json = new JsonTranscriptReader();
    private long read;
    private int line;
    private boolean ended;

    private JsonLinesStream(String source, InputStream in, Ingest ingest) {
        this.source = source;
        this.base = Readers.baseName(source);
        this.in = in;
        this.ingest = ingest;
    }

    /**
     * The stream for {@code path} when it is a large regular JSON Lines file (by {@code --input-format jsonl},
     * or its first lines), else null: the file is then read whole.
     */
    static JsonLinesStream open(Path path, String formatName, Ingest ingest) throws IOException {
        if (!Files.isRegularFile(path)) return null;
        if (formatName != null && !formatName.equalsIgnoreCase("jsonl")) return null;
        long size = Files.size(path);
        byte[] head = new byte[65536];
        int n;
        boolean gzip;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path))) {
            raw.mark(2);
            gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            if (!gzip && size <= STREAM_FROM) return null;
            if (gzip && size <= STREAM_FROM && gzipSize(path) <= STREAM_FROM) return null;
            InputStream in = gzip ? new GZIPInputStream(raw, 65536) : raw;
            n = in.readNBytes(head, 0, head.length);
        } catch (ZipException | java.io.EOFException e) {
            return null; // the whole-file reader names the corruption
        }
        // UTF-16 and binary files are left to the whole-file reader, which names what they are
        for (int i = 0; i < n; i++) if (head[i] == 0) return null;
        String text = new String(head, 0, n, StandardCharsets.UTF_8);
        int cut = text.lastIndexOf('\n');
        if (cut > 0) text = text.substring(0, cut);
        if (formatName == null
                && !new JsonLinesReader().sniff(new Probe(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            return null;
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 65536);
        return new JsonLinesStream(path.toString(), gzip ? new GZIPInputStream(raw, 65536) : raw, ingest);
    }

    /** The gzip trailer's size of the last member (mod 4 GB): a hint only; a bomb that lies is still bounded. */
    private static long gzipSize(Path path) throws IOException {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(path.toFile(), "r")) {
            if (f.length() < 18) return 0;
            f.seek(f.length() - 4);
            byte[] b = new byte[4];
            f.readFully(b);
            return (b[0] & 0xffL) | (b[1] & 0xffL) << 8 | (b[2] & 0xffL) << 16 | (b[3] & 0xffL) << 24;
        }
    }

    @Override
    public Item next() {
        while (!ended) {
            byte[] bytes;
            try {
                bytes = nextLine();
            } catch (InputException e) {
                ended = true;
                return new Item(null, e);
            } catch (ZipException | java.io.EOFException e) {
                ended = true;
                return new Item(
                        null,
                        new InputException(
                                source,
                                "gzip file is corrupt or truncated after line " + line + " (" + e.getMessage() + ")"));
            } catch (IOException e) {
                ended = true;
                return new Item(
                        null,
                        new InputException(source, "cannot read file after line " + line + ": " + e.getMessage()));
            }
            if (bytes == null) {
                ended = true;
                return null;
            }
            if (tooLong) {
                return error(
                        "longer than " + ReadLimits.mb(lineLimit) + ", the most one line may hold with this Java heap ("
                                + ReadLimits.heap() + "; more with -Xmx)");
            }
            Item item = record(bytes);
            if (item != null) return item;
        }
        return null;
    }

    private Item record(byte[] bytes) {
        int from = line == 1
                        && bytes.length >= 3
                        && (bytes[0] & 0xff) == 0xEF
                        && (bytes[1] & 0xff) == 0xBB
                        && (bytes[2] & 0xff) == 0xBF
                ? 3
                : 0;
        int to = bytes.length > from && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        String text;
        String encoding = null;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, from, to - from, WINDOWS_1252);
            encoding = "windows-1252 (not valid UTF-8 on line " + line + "); save it as UTF-8 if characters look wrong";
        }
        if (text.isBlank()) return null;
        if (text.indexOf('\0') >= 0) return error("binary content (NUL byte)");
        try {
            return ingest.accept(json.parse(source, text, base + "-" + line), source, encoding, true);
        } catch (InputException e) {
            return error(e.reason().replace(" at line 1, column ", " at column "));
        } catch (RuntimeException | StackOverflowError e) {
            // a bug met on one line: that line's error, the next lines are still read
            return error(org.cxlint.ingest.Isolation.reason(
                    org.cxlint.ingest.Isolation.Stage.READ, source + ":" + line, "record", e));
        }
    }

    private Item error(String reason) {
        return new Item(null, new InputException(source, "line " + line + ": " + reason));
    }

    private final byte[] buf = new byte[65536];
    private int pos, lim;
    private boolean tooLong;

    /** The next line's bytes (without '\n'), or null at the end; {@link #tooLong} when it passed the line limit. */
    private byte[] nextLine() throws IOException, InputException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(256);
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                int n = in.read(buf);
                if (n < 0) break;
                read += n;
                if (read > SourceText.MAX_BYTES) {
                    throw SourceText.tooLarge(
                            source, "more than " + SourceText.MAX_BYTES + " bytes by line " + (line + 1));
                }
                pos = 0;
                lim = n;
                continue;
            }
            any = true;
            int nl = pos;
            while (nl < lim && buf[nl] != '\n') nl++;
            if (!tooLong) {
                b.write(buf, pos, nl - pos);
                if (b.size() > lineLimit) {
                    tooLong = true;
                    b = new ByteArrayOutputStream(0);
                }
            }
            if (nl < lim) {
                pos = nl + 1;
                line++;
                return b.toByteArray();
            }
            pos = lim;
        }
        if (!any) return null;
        line++;
        return b.toByteArray();
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // read-only: nothing lost
        }
    }
}
