package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a transcript holds reaches a terminal or a spreadsheet as text, never as a command. */
class OutputInjectionTest {
    @TempDir
    Path tmp;

    /** C0 (but the line ends the renderer writes), DEL and C1 controls. */
    private static boolean control(int c) {
        return (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f);
    }

    @Test
    void textAndLineReportsShowControlCharactersEscaped() throws Exception {
        Path file = Hostile.jsonl(tmp);
        for (String format : List.of("text", "line")) {
            CliRun r = CliRun.of("score", file.toString(), "-f", format, "--no-progress");
            assertTrue(r.exit() == 0 || r.exit() == 4, r.err());
            assertTrue(r.out().chars().noneMatch(OutputInjectionTest::control), format + ": " + r.out());
        }
        // the line format names the file, not FILE#ID, so only the text report shows the hostile ids
        CliRun t = CliRun.of("score", file.toString(), "-f", "text", "--no-progress");
        assertTrue(t.out().contains("\\u001b[2J"), "text shows the escape as text: " + t.out());
        assertTrue(t.out().contains("#a\\u0000b"), t.out());
        assertTrue(t.out().contains("x\\u009b31mC1\\u001b]0;title\\u0007"), t.out());
        CliRun line = CliRun.of("score", file.toString(), "-f", "line");
        // a CR LF in an id or text cannot start a line of its own: every line is path:line:col: severity RULE message
        for (String l : line.out().lines().toList()) {
            assertTrue(
                    l.matches(".*hostile\\.jsonl:\\d+:\\d+: (critical|major|minor|info|strength) [A-Z]+-[A-Z-]+ .+"),
                    l);
        }
        CliRun text = CliRun.of("score", file.toString(), "-f", "text");
        assertTrue(
                text.out().contains("Try: To keep it fair for everyone, no \\u001b[31mrefunds\\u001b[0m"), text.out());
    }

    @Test
    void errorLinesOnStderrShowControlCharactersEscaped() throws Exception {
        Path file = java.nio.file.Files.writeString(
                tmp.resolve("two.jsonl"),
                "{\"id\": \"ok\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hi there.\"}]}\n"
                        + "{\"id\": \"evil\\u001b[2J\\r\\ncxlint: fake\", \"turns\": [{\"speaker\": \"customer\", \"text\": \"hello\"}]}\n");
        CliRun r = CliRun.of("score", file.toString(), "--no-progress");
        assertEquals(ExitCode.INPUT_ERRORS.code, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("two.jsonl#evil\\u001b[2J\\u000d\\u000acxlint: fake: no agent turns"), r.err());
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreQuoted() throws Exception {
        Path file = Hostile.jsonl(tmp);
        CliRun r = CliRun.of("score", file.toString(), "-f", "csv");
        assertTrue(r.exit() == 0 || r.exit() == 4, r.err());
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new java.util.ArrayList<>();
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(r.out())) {
            it.forEachRemaining(rows::add);
        }
        List<String> header = rows.get(0);
        int id = header.indexOf("id"),
                team = header.indexOf("team"),
                score = header.indexOf("score"),
                agent = header.indexOf("agent");
        List<String> ids =
                rows.subList(1, rows.size()).stream().map(row -> row.get(id)).toList();
        assertTrue(ids.contains("'=cmd|' /C calc'!A0"), ids.toString());
        assertTrue(ids.contains("'+1-2"), ids.toString());
        assertTrue(ids.contains("'@SUM(A1)"), ids.toString());
        assertTrue(ids.contains("'\tTAB"), ids.toString());
        assertTrue(ids.contains("'\r\nCR"), ids.toString());
        assertTrue(ids.contains("../../../../etc/passwd"), "other cells are as they were: " + ids);
        for (List<String> row : rows.subList(1, rows.size())) {
            for (String cell : row)
                assertFalse(cell.matches("(?s)[=+\\-@\t\r].*"), "unguarded cell " + cell + " in " + row);
            assertEquals("'=HYPERLINK(\"http://x\")", row.get(team));
            assertTrue(row.get(score).matches("\\d+\\.\\d"), "numbers are not quoted: " + row.get(score));
            assertFalse(row.get(agent).isEmpty());
        }
    }
}
