package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report that cannot be written is an error the user hears about (one line, exit 1), never a silent 0. */
class WriteErrorsTest {
    private static final List<String> FORMATS =
            List.of("text", "json", "line", "junit", "sarif", "csv", "jsonl", "github");

    @TempDir
    Path tmp;

    private record Run(int exit, String err) {}

    private static Run run(Writer out, String... args) {
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, err.toString());
    }

    private static void assertOneLine(Run r, String expected) {
        assertEquals(ExitCode.ERROR.code, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("cxlint: ") && r.err().contains(expected), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("Exception"), r.err());
    }

    @Test
    void everyFormatReportsAStdoutThatFailsToWrite() {
        for (String format : FORMATS) {
            Writer broken = new Writer() {
                @Override
                public void write(char[] c, int off, int len) throws IOException {
                    throw new IOException("No space left on device");
                }

                @Override
                public void flush() throws IOException {}

                @Override
                public void close() {}
            };
            Run r = run(broken, "score", "samples/bad-call.txt", "-f", format);
            assertOneLine(r, "cannot write the report to standard output");
        }
    }

    @Test
    void stdoutToAFullDisk() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full");
        for (String format : FORMATS) {
            try (FileOutputStream devFull = new FileOutputStream(full.toFile())) {
                Run r = run(new OutputStreamWriter(devFull, StandardCharsets.UTF_8), "score", "samples/", "-f", format);
                assertOneLine(r, "cannot write the report to standard output");
            }
        }
    }

    @Test
    void outputThatIsAFileNotAFolder() throws IOException {
        Path file = Files.writeString(tmp.resolve("report"), "x");
        Run r = run(new StringWriter(), "score", "samples/", "-f", "html", "--output", file.toString());
        assertOneLine(r, "cannot write the HTML report to " + file + ": it is a file, not a folder");
        assertEquals("x", Files.readString(file), "the file is left alone");

        Run below = run(
                new StringWriter(),
                "score",
                "samples/",
                "-f",
                "html",
                "--output",
                file.resolve("pages").toString());
        assertOneLine(
                below,
                "cannot write the HTML report to " + file.resolve("pages") + ": " + file + " is a file, not a folder");
    }

    @Test
    void outputFolderThatCannotBeWritten() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("locked"));
        assumeTrue(dir.toFile().setWritable(false, false), "cannot change permissions here");
        try {
            assumeFalse(Files.isWritable(dir), "permissions are not enforced (running as root)");
            Run r = run(new StringWriter(), "score", "samples/", "-f", "html", "--output", dir.toString());
            assertOneLine(r, "cannot write the HTML report to " + dir + ": permission denied");
            Run sub = run(
                    new StringWriter(),
                    "score",
                    "samples/",
                    "-f",
                    "html",
                    "--output",
                    dir.resolve("new").toString());
            assertOneLine(sub, "permission denied");
        } finally {
            dir.toFile().setWritable(true, false);
        }
    }
}
