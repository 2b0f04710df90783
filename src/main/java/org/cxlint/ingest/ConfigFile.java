package org.cxlint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a configuration file (expectations, baseline, scorecard, eval labels and mapping) with the bound of
 * any input: a regular file only (a pipe or device would block or never end) and no larger than one file
 * may be held in memory ({@link ReadLimits}), counted while reading. Problems are IOExceptions whose message
 * callers print after the file name.
 */
public final class ConfigFile {
    private ConfigFile() {}

    public static String read(Path file) throws IOException {
        if (Files.isDirectory(file)) throw new IOException("is a directory, not a file");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException("is not a regular file (a pipe, socket or device); save it to a file and name that");
        }
        long limit = ReadLimits.inMemoryBytes();
        long size = Files.size(file); // NoSuchFileException when missing, as Files.readString would throw
        if (size > limit) throw tooLarge(size, limit);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) throw tooLarge(bytes.length, limit);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        }
    }

    private static IOException tooLarge(long size, long limit) {
        return new IOException("is too large for a configuration file (" + size + " bytes; the limit is "
                + ReadLimits.mb(limit) + ")");
    }
}
