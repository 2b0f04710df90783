package org.cxlint.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlint.report.ReportWriteException;
import org.cxlint.report.WatchedStream;

/**
 * {@code --output FILE}: the report goes to a file instead of standard output, in UTF-8 whatever the
 * platform's default. A write that fails (full disk) is reported with its reason when the file is closed.
 */
final class OutputFile implements AutoCloseable {
    private final Path path;
    private final WatchedStream stream;
    private final PrintWriter writer;

    private OutputFile(Path path, WatchedStream stream) {
        this.path = path;
        this.stream = stream;
        this.writer =
                new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false);
    }

    /** Creates the file (and its folder), replacing an older one. */
    static OutputFile open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            return new OutputFile(path, new WatchedStream(Files.newOutputStream(path)));
        } catch (IOException e) {
            throw ReportWriteException.of(path.toString(), e);
        }
    }

    PrintWriter writer() {
        return writer;
    }

    /** Flushes and closes; throws with the reason when anything written was lost. */
    @Override
    public void close() {
        writer.close();
        if (writer.checkError()) {
            IOException why = stream.failure();
            throw why != null
                    ? ReportWriteException.of(path.toString(), why)
                    : new ReportWriteException("cannot write " + path);
        }
    }
}
