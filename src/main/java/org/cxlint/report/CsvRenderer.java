package org.cxlint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxlint.result.InputError;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;

/**
 * One CSV row per transcript (RFC 4180 quoting, columns as {@link Row} lists them, one
 * {@code category.<id>} column per scorecard category, empty when N/A), then an {@code error} column that
 * is filled only on the row of a file that could not be read. Rows are flushed as they are written.
 */
public final class CsvRenderer implements Renderer {
    private static final ObjectWriter CSV = new CsvMapper()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .writer(CsvSchema.emptySchema().withLineSeparator("\n"));
    /**
     * For a row with a carriage return in a cell: Jackson quotes a cell for a line feed but not for a lone CR,
     * which spreadsheets take as a line break, so what follows it would start a row of its own (and a formula).
     */
    private static final ObjectWriter CSV_QUOTED = new CsvMapper()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .writer(CsvSchema.emptySchema().withLineSeparator("\n"));

    private List<String> columns;
    /** Errors that arrive before the first report wait for the header (which needs the categories). */
    private final List<InputError> early = new ArrayList<>();

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public void report(PrintWriter out, Report report) {
        header(out, report);
        Map<String, Object> row = Row.of(report);
        List<Object> values = new ArrayList<>();
        for (String c : columns) values.add(row.get(c));
        write(out, values);
    }

    @Override
    public void error(PrintWriter out, InputError error) {
        if (columns == null) {
            early.add(error);
            return;
        }
        List<Object> values = new ArrayList<>();
        for (String c : columns)
            values.add(c.equals("source") ? error.file() : c.equals("error") ? error.reason() : null);
        write(out, values);
    }

    @Override
    public void end(PrintWriter out, Summary summary) {
        header(out, null);
        out.flush();
    }

    private void header(PrintWriter out, Report first) {
        if (columns != null) return;
        columns = Row.columns(first);
        write(out, new ArrayList<>(columns));
        early.forEach(e -> error(out, e));
        early.clear();
    }

    private static void write(PrintWriter out, List<Object> values) {
        List<String> cells = new ArrayList<>();
        // text (never a number) that a spreadsheet would run as a formula gets a leading quote (OWASP)
        for (Object v : values) cells.add(v == null ? "" : v instanceof String t ? SafeText.csvCell(t) : v.toString());
        try {
            out.print(
                    (cells.stream().anyMatch(c -> c.indexOf('\r') >= 0) ? CSV_QUOTED : CSV).writeValueAsString(cells));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
