package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.report.SafeText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV cells a spreadsheet would run as a formula (OWASP, "CSV Injection"): each of = + - @ tab and CR as the
 * first character, in every text column (id, source, channel, agent, team, date) and in an error row.
 */
class CsvFormulaTest {
    /** The six leading characters OWASP names, each with a payload behind it. */
    private static final List<String> STARTS = List.of("=1+1", "+1+1", "-1+1", "@SUM(1+1)", "\t=1+1", "\r=1+1");

    @TempDir
    Path tmp;

    @Test
    void eachDangerousFirstCharacterGetsALeadingQuote() {
        for (String s : STARTS) assertEquals("'" + s, SafeText.csvCell(s), s);
        for (String s : List.of("call-1", "1+1", " =1", "a=b", "", "'already quoted", "\n=1")) {
            assertEquals(s, SafeText.csvCell(s), "left as it is: " + s);
        }
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\t", "\\t")
                .replace("\r", "\\r");
    }

    @Test
    void everyTextColumnAndErrorRowsAreGuarded() throws Exception {
        StringBuilder b = new StringBuilder();
        for (String s : STARTS) {
            String v = json(s);
            b.append("{\"id\": \"")
                    .append(v)
                    .append("\", \"channel\": \"")
                    .append(v)
                    .append("\", \"metadata\": {\"agent\": \"")
                    .append(v)
                    .append("\", \"team\": \"")
                    .append(v)
                    .append("\", \"date\": \"")
                    .append(v)
                    .append("\"}, \"turns\": [")
                    .append("{\"speaker\": \"agent\", \"text\": \"Thanks for calling, how can I help?\"}]}\n");
        }
        Path lines = Files.writeString(tmp.resolve("calls.jsonl"), b.toString());
        Path unreadable = Files.writeString(tmp.resolve("-1+1.json"), "{\"turns\": ");
        CliRun r = CliRun.of("score", lines.toString(), unreadable.toString(), "-f", "csv");
        assertEquals(ExitCode.INPUT_ERRORS.code, r.exit(), r.err());
        List<List<String>> rows = new ArrayList<>();
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(r.out())) {
            it.forEachRemaining(rows::add);
        }
        List<String> header = rows.get(0);
        List<List<String>> scored = rows.subList(1, 1 + STARTS.size());
        for (String column : List.of("id", "channel", "agent", "team", "date")) {
            int c = header.indexOf(column);
            assertEquals(
                    STARTS.stream().map(s -> "'" + s).toList(),
                    scored.stream().map(row -> row.get(c)).toList(),
                    column);
        }
        assertEquals(
                1 + STARTS.size() + 1,
                rows.size(),
                "a carriage return inside a cell starts no row of its own: " + rows);
        List<String> error = rows.get(rows.size() - 1);
        assertTrue(error.get(header.indexOf("source")).endsWith("-1+1.json"), error.toString());
        assertTrue(!error.get(header.indexOf("error")).isEmpty(), error.toString());
    }

    /** A lone CR in the middle of a cell is quoted too: a spreadsheet reads it as a line break. */
    @Test
    void aCarriageReturnInsideACellIsQuoted() throws Exception {
        Path file = Files.writeString(
                tmp.resolve("cr.jsonl"),
                "{\"id\": \"b\\r=1+1\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hi, how can I help?\"}]}\n");
        CliRun r = CliRun.of("score", file.toString(), "-f", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\n\"b\r=1+1\","), r.out());
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class)
                .readValues(r.out())) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(2, rows.size(), "header and one row");
        assertEquals("b\r=1+1", rows.get(1).get(0));
    }
}
