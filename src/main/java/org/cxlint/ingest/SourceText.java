package org.cxlint.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file as strict UTF-8 text, refusing what would silently turn into garbage. */
public final class SourceText {
    /** Larger inputs are refused rather than risking the heap of a batch run. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private SourceText() {}

    public static String read(Path path) throws InputException {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) throw new InputException(name, "is a directory");
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(name, "file is too large (" + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            return decode(name, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new InputException(name, "file not found");
        } catch (IOException e) {
            throw new InputException(name, "cannot read file: " + e.getMessage());
        }
    }

    static String decode(String name, byte[] bytes) throws InputException {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            throw new InputException(name, "file is UTF-16 encoded; save it as UTF-8");
        }
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new InputException(name, "binary content (NUL byte at offset " + i + "); not a transcript");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name, "not valid UTF-8 text; save it as UTF-8");
        }
        if (text.isBlank()) throw new InputException(name, "file is empty");
        return text;
    }
}
