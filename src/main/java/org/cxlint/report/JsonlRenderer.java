package org.cxlint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cxlint.result.InputError;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;

/**
 * One JSON object a line per transcript (see {@link Row}); an unreadable file is a line with {@code source}
 * and {@code error}. Each line is flushed as it is written, so a run that stops keeps every finished line.
 */
public final class JsonlRenderer implements Renderer {
    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public void report(PrintWriter out, Report report) {
        Map<String, Object> row = new LinkedHashMap<>();
        Map<String, Object> cats = new LinkedHashMap<>();
        Row.of(report).forEach((k, v) -> {
            if (k.startsWith("category.")) cats.put(k.substring("category.".length()), v);
            else if (v != null && !"".equals(v)) row.put(k, v);
        });
        row.put("categories", cats);
        line(out, row);
    }

    @Override
    public void error(PrintWriter out, InputError error) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", error.file());
        row.put("error", error.reason());
        line(out, row);
    }

    private static void line(PrintWriter out, Map<String, Object> row) {
        try {
            // insertion order, not the pretty writer's sorted keys: the row reads like the CSV header
            out.println(ROW.writeValueAsString(row));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    private static final com.fasterxml.jackson.databind.ObjectWriter ROW =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .writer()
                    .without(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Override
    public void end(PrintWriter out, Summary summary) {
        out.flush();
    }
}
