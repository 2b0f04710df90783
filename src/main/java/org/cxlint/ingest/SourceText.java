package org.cxlint.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a file as text, decoding what people actually have and refusing what would turn into garbage.
 * <ul>
 * <li>UTF-8, with or without a byte-order mark: read as is.</li>
 * <li>UTF-16 with a BOM (LE or BE), or without one when every other byte of the start is NUL (as
 *     Windows tools write it): decoded, and the encoding is recorded on the transcript.</li>
 * <li>Bytes that are not valid UTF-8: decoded as Windows-1252 (a superset of Latin-1 for text, and what
 *     Excel and older Windows tools export), and recorded, so the report says so. Windows-1252 can decode
 *     almost any byte, so a wrong guess shows as odd characters in the report, never as a silent loss.</li>
 * <li>gzip ({@code .gz} or the gzip magic bytes): decompressed first, within the same size limit.</li>
 * <li>NUL bytes anywhere else: binary, refused.</li>
 * </ul>
 */
public final class SourceText {
    /** Larger inputs are refused rather than risking the heap of a batch run. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @param encoding null for plain UTF-8; otherwise what was done ("UTF-16LE", "windows-1252 (not valid UTF-8 ...)")
     */
    public record Decoded(String text, String encoding) {}

    private SourceText() {}

    /** How long a named pipe or device may take to deliver all its data (to its end) before it is refused. */
    static volatile long nonRegularTimeoutMillis = 30_000;

    /** The input name that means standard input (a file named "-" is given as ./-). */
    public static final String STDIN = "-";

    public static Decoded read(Path path) throws InputException {
        String name = path.toString();
        try {
            if (name.equals(STDIN)) {
                // the user's own pipe: no time limit (a slow producer is fine), the same size limit as a file
                byte[] bytes = readBounded(name, System.in, "standard input kept going past " + MAX_BYTES + " bytes");
                return decode(name, isGzip(bytes) ? gunzip(name, bytes) : bytes);
            }
            if (Files.isDirectory(path)) throw new InputException(name, "is a directory");
            if (!Files.exists(path)) throw new InputException(name, "file not found");
            byte[] bytes;
            if (Files.isRegularFile(path)) {
                long size = Files.size(path);
                if (size > limit()) throw tooLarge(name, size + " bytes");
                // counted while reading too: a file can grow, and some (under /proc) say they are empty
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = readBounded(name, in, "grew past " + limit() + " bytes while read");
                }
            } else {
                bytes = readNonRegular(name, path);
            }
            if (isGzip(bytes)) bytes = gunzip(name, bytes);
            return decode(name, bytes);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "file not found");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InputException(name, "cannot read file: permission denied");
        } catch (IOException e) {
            throw new InputException(name, "cannot read file: " + e.getMessage());
        }
    }

    /**
     * A named pipe, socket or device (/dev/stdin, a FIFO, /dev/zero): read to its end within the size limit
     * and {@link #nonRegularTimeoutMillis}, or refused. Opening a FIFO nobody writes to blocks for ever, so
     * the reading happens on a daemon thread that is abandoned when time runs out.
     */
    private static byte[] readNonRegular(String name, Path path) throws InputException, IOException {
        java.util.concurrent.CompletableFuture<byte[]> read = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try (InputStream in = Files.newInputStream(path)) {
                        read.complete(
                                readBounded(name, in, "a pipe or device that kept going past " + limit() + " bytes"));
                    } catch (Throwable e) {
                        read.completeExceptionally(e);
                    }
                },
                "cxlint-read-" + path.getFileName());
        t.setDaemon(true);
        t.start();
        try {
            return read.get(nonRegularTimeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            t.interrupt();
            throw new InputException(
                    name,
                    "is not a regular file (a pipe or device) and gave no end of data within "
                            + nonRegularTimeoutMillis / 1000 + " s; save the transcript to a file and give that");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(name, "reading was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof InputException ie) throw ie;
            if (e.getCause() instanceof IOException io) throw io;
            throw new InputException(name, "cannot read: " + e.getCause());
        }
    }

    /** All of the stream, refused as soon as more than {@link #limit} have come. */
    static byte[] readBounded(String name, InputStream in, String what) throws IOException, InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long limit = limit();
        for (int n; (n = in.read(buf)) >= 0; ) {
            out.write(buf, 0, n);
            if (out.size() > limit) throw tooLarge(name, what);
        }
        return out.toByteArray();
    }

    /** What one file read whole may hold: 50 MB, or less when the Java heap is small ({@link ReadLimits}). */
    static long limit() {
        return ReadLimits.inMemoryBytes();
    }

    static InputException tooLarge(String name, String what) {
        String limit = ReadLimits.heapBound()
                ? ReadLimits.mb(limit()) + " with this Java heap of " + ReadLimits.heap()
                        + "; more with -Xmx, up to 50 MB"
                : MAX_BYTES / (1024 * 1024) + " MB";
        return new InputException(
                name,
                "file is too large (" + what + "; the limit is " + limit
                        + "); split it, e.g. one transcript per file or per JSON line");
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    /** Bounded, so a small compressed file cannot expand past the limit (a "zip bomb"). */
    static byte[] gunzip(String name, byte[] bytes) throws InputException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(bytes.length * 4L, limit()));
            byte[] buf = new byte[65536];
            long limit = limit();
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                if (out.size() > limit) throw tooLarge(name, "more than that once decompressed");
            }
            return out.toByteArray();
        } catch (ZipException | java.io.EOFException e) {
            throw new InputException(name, "gzip file is corrupt or truncated (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new InputException(name, "cannot decompress gzip file: " + e.getMessage());
        }
    }

    public static Decoded decode(String name, byte[] bytes) throws InputException {
        Decoded d = decodeBytes(name, bytes);
        if (d.text().isBlank()) throw new InputException(name, "file is empty");
        return d;
    }

    private static Decoded decodeBytes(String name, byte[] bytes) throws InputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return utf8OrFallback(bytes, 3, "UTF-8 byte-order mark");
        if (startsWith(bytes, 0xFF, 0xFE)) return utf16(name, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        if (startsWith(bytes, 0xFE, 0xFF)) return utf16(name, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        Charset bomless = bomlessUtf16(bytes);
        if (bomless != null) return utf16(name, bytes, 0, bomless, bomless.name() + " without byte-order mark");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(name, "binary content (NUL byte at offset " + i + "); not a transcript");
            }
        }
        return utf8OrFallback(bytes, 0, null);
    }

    private static Decoded utf16(String name, byte[] bytes, int offset, Charset cs, String label)
            throws InputException {
        try {
            String text = strict(cs, bytes, offset);
            if (text.indexOf('\0') >= 0)
                throw new InputException(name, "binary content (NUL character in " + label + " text)");
            return new Decoded(text, label);
        } catch (CharacterCodingException e) {
            throw new InputException(
                    name, "looks like " + label + " but is not valid " + cs.name() + "; save it as UTF-8");
        }
    }

    private static Decoded utf8OrFallback(byte[] bytes, int offset, String bomNote) {
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, offset), null);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            String where = "byte 0x" + String.format("%02X", bytes[bad] & 0xff) + " on line " + lineOf(bytes, bad);
            String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
            return new Decoded(
                    text,
                    "windows-1252 (not valid UTF-8" + (bomNote == null ? "" : " despite its " + bomNote) + ": " + where
                            + "); save it as UTF-8 if characters look wrong");
        }
    }

    private static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    /** UTF-16 without a BOM shows as NUL in every other byte of ASCII-range text. */
    static Charset bomlessUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) return null;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.7 && evenZero == 0) return StandardCharsets.UTF_16LE;
        if (evenZero > pairs * 0.7 && oddZero == 0) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static int firstInvalidUtf8(byte[] bytes, int offset) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : offset;
    }

    private static int lineOf(byte[] bytes, int pos) {
        int line = 1;
        for (int i = 0; i < pos; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
        return true;
    }
}
