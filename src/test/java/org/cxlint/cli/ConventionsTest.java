package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.report.Renderers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users expect of any command-line tool: --version, - for standard input, -o FILE, shell completion. */
class ConventionsTest {
    @TempDir
    Path tmp;

    private static String git(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null; // no git
        }
    }

    @Test
    void versionIsTheProjectVersionAndTheCommitBuilt() throws Exception {
        Matcher m = Pattern.compile("<artifactId>cxlint</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        CliRun r = CliRun.of("--version");
        assertEquals(0, r.exit());
        String head = git("rev-parse", "--short=12", "HEAD");
        String expected = "cxlint " + m.group(1) + (head == null ? "" : " (commit " + head + ")");
        assertEquals(expected, r.out().strip(), "built from this checkout's HEAD (rebuild after committing)");
    }

    private static CliRun withStdin(InputStream in, String... args) {
        InputStream old = System.in;
        System.setIn(in);
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void aDashReadsStandardInputWithTheFilesSizeLimit() throws IOException {
        byte[] call = Files.readAllBytes(Path.of("samples/bad-call.txt"));
        CliRun fromFile = CliRun.of("score", "samples/bad-call.txt", "-f", "line");
        CliRun fromStdin =
                withStdin(new ByteArrayInputStream(call), "score", "-", "-f", "line", "--input-format", "text");
        assertEquals(0, fromStdin.exit(), fromStdin.err());
        assertEquals(fromFile.out().replace("samples/bad-call.txt:", "-:"), fromStdin.out());
        // detected from the content when the format says what it is (JSON formats do)
        byte[] json = Files.readAllBytes(Path.of("samples/formats/deepgram-call.json"));
        CliRun detected = withStdin(new ByteArrayInputStream(json), "score", "-", "-f", "json");
        assertEquals(0, detected.exit(), detected.err());
        assertTrue(detected.out().contains("\"format\" : \"deepgram\""), detected.out());

        InputStream endless = new InputStream() {
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
        CliRun tooMuch = withStdin(endless, "score", "-", "--input-format", "text");
        assertEquals(ExitCode.INPUT_ERRORS.code, tooMuch.exit());
        assertTrue(
                tooMuch.err().startsWith("cxlint: -: file is too large (standard input kept going past"),
                tooMuch.err());
    }

    @Test
    void outputWritesEveryFormatToAFileAsItWouldPrintIt() throws IOException {
        for (String format : Renderers.names()) {
            if (format.equals("html")) continue;
            CliRun printed = CliRun.of(
                    "score", "samples/bad-call.txt", "samples/good-call.json", "-f", format, "--today", "2026-11-01");
            Path file = tmp.resolve("out/" + format + ".report");
            CliRun written = CliRun.of(
                    "score",
                    "samples/bad-call.txt",
                    "samples/good-call.json",
                    "-f",
                    format,
                    "--today",
                    "2026-11-01",
                    "-o",
                    file.toString());
            assertEquals(printed.exit(), written.exit(), written.err());
            assertEquals("", written.out(), format);
            assertEquals(printed.out(), Files.readString(file, StandardCharsets.UTF_8), format);
        }
        // html keeps its folder
        CliRun html = CliRun.of(
                "score",
                "samples/bad-call.txt",
                "samples/good-call.json",
                "-f",
                "html",
                "-o",
                tmp.resolve("pages").toString());
        assertEquals(0, html.exit(), html.err());
        assertTrue(Files.isRegularFile(tmp.resolve("pages/index.html")));

        CliRun dir = CliRun.of("score", "samples/bad-call.txt", "-o", tmp.toString());
        assertEquals(ExitCode.USAGE.code, dir.exit());
        assertTrue(dir.err().startsWith("cxlint: --output " + tmp + " is a folder; name the report file"), dir.err());
        if (Files.exists(Path.of("/dev/full"))) {
            CliRun full = CliRun.of("score", "samples/bad-call.txt", "-o", "/dev/full");
            assertEquals(ExitCode.ERROR.code, full.exit());
            assertEquals(
                    "cxlint: cannot write /dev/full: No space left on device",
                    full.err().strip());
        }
        Path kept = Files.writeString(tmp.resolve("kept.txt"), "an older report\n");
        CliRun usage = CliRun.of("score", "samples/bad-call.txt", "-o", kept.toString(), "--format", "nope");
        assertEquals(ExitCode.USAGE.code, usage.exit());
        assertEquals("an older report\n", Files.readString(kept), "a usage error leaves the file alone");
    }

    @Test
    void completionCompletesSubcommandsAndOptionsInBash() throws Exception {
        CliRun r = CliRun.of("completion");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("complete -F _complete_cxlint"), "a bash completion script");
        Path script = Files.writeString(tmp.resolve("cxlint-completion.bash"), r.out());
        String probe = "source " + script + " 2>/dev/null\n"
                + "COMP_WORDS=(cxlint sc); COMP_CWORD=1; _complete_cxlint 2>/dev/null; echo \"1:${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(cxlint score --sel); COMP_CWORD=2; _complete_cxlint 2>/dev/null; echo \"2:${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(cxlint rules ex); COMP_CWORD=2; _complete_cxlint 2>/dev/null; echo \"3:${COMPREPLY[*]}\"\n";
        Process p;
        try {
            p = new ProcessBuilder("bash", "-c", probe)
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            assumeTrue(false, "no bash on this machine");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(out.contains("1:score\n"), out);
        assertTrue(out.contains("2:--select\n"), out);
        assertTrue(out.contains("3:explain export\n"), out);
    }
}
