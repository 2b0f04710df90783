package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format github}: GitHub Actions workflow commands, one a finding, on the flagged words' line and column. */
class GitHubFormatTest {
    private static final Pattern COMMAND = Pattern.compile(
            "::(error|warning|notice) file=([^,:]+),line=(\\d+),col=(\\d+)(?:,endLine=(\\d+),endColumn=(\\d+))?,title=([A-Za-z-]+)::(.+)");

    @Test
    void findingsAreAnnotationsOnTheirWords() throws Exception {
        CliRun r = CliRun.of("score", "-f", "github", "samples/bad-call.txt");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertFalse(lines.isEmpty());
        List<String> file = Files.readAllLines(Path.of("samples/bad-call.txt"));
        boolean placed = false;
        for (String l : lines) {
            Matcher m = COMMAND.matcher(l);
            assertTrue(m.matches(), l);
            assertEquals("samples/bad-call.txt", m.group(2));
            if (m.group(7).equals("OWN-DEFLECT") && m.group(5) != null) {
                String words = file.get(Integer.parseInt(m.group(3)) - 1)
                        .substring(Integer.parseInt(m.group(4)) - 1, Integer.parseInt(m.group(6)) - 1);
                assertTrue(m.group(8).contains("Flagged: \"" + words + "\""), l);
                assertEquals("error", m.group(1));
                placed = true;
            }
        }
        assertTrue(placed, r.out());
        assertFalse(r.out().contains("strength"), "praise makes no annotation: " + r.out());
    }

    @Test
    void propertiesAndMessagesAreEscapedAsTheToolkitDoes(@TempDir Path dir) throws Exception {
        Path odd = Files.copy(Path.of("samples/bad-call.txt"), dir.resolve("a,b:c 100%.txt"));
        Path broken = Files.writeString(dir.resolve("x,y.json"), "{\"turns\": [");
        CliRun r = CliRun.of("score", "-f", "github", odd.toString(), broken.toString());
        assertEquals(ExitCode.INPUT_ERRORS.code, r.exit(), r.err());
        String escaped = odd.toString().replace("%", "%25").replace(":", "%3A").replace(",", "%2C");
        assertTrue(r.out().contains("::error file=" + escaped + ",line="), r.out());
        assertTrue(
                r.out()
                        .lines()
                        .anyMatch(l -> l.startsWith(
                                        "::error file=" + broken.toString().replace(",", "%2C") + ",title=cxlint::")
                                && l.contains("malformed JSON")),
                r.out());

        // CR and LF in a transcript cannot end a command or start another
        Path chat = Files.writeString(dir.resolve("chat.json"), """
                {"turns": [
                  {"speaker": "customer", "text": "You broke my order and nobody fixed it."},
                  {"speaker": "agent", "text": "Our policy says\\r\\n::error file=evil::pwned 50% off"}
                ]}
                """);
        CliRun c = CliRun.of("score", "-f", "github", chat.toString());
        for (String l : c.out().lines().toList())
            assertTrue(l.startsWith("::") && COMMAND.matcher(l).matches(), l);
        assertFalse(c.out().contains("::error file=evil"), c.out());
    }
}
