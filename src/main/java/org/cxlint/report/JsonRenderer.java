package org.cxlint.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.result.InputError;
import org.cxlint.result.Json;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;

/**
 * {@code {"schema": "cxlint.results/2", "reports": [...], "errors": [...], "summary": {...}}}; reports
 * are written as they come, errors (few and small) are held until the end.
 */
public final class JsonRenderer implements Renderer {
    public static final String SCHEMA = "cxlint.results/2";
    private final List<InputError> errors = new ArrayList<>();
    private boolean first = true;

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void start(PrintWriter out) {
        out.print("{\n  \"schema\" : \"" + SCHEMA + "\",\n  \"reports\" : [");
    }

    @Override
    public void report(PrintWriter out, Report report) {
        out.print(first ? "\n" : ",\n");
        first = false;
        out.print(indent(Json.pretty(report), "    "));
    }

    @Override
    public void error(PrintWriter out, InputError error) {
        errors.add(error);
    }

    @Override
    public void end(PrintWriter out, Summary summary) {
        out.print(first ? "]" : "\n  ]");
        out.print(",\n  \"errors\" : " + indent(Json.pretty(errors), "  ").strip());
        out.print(",\n  \"summary\" : " + indent(Json.pretty(summary), "  ").strip());
        out.print("\n}\n");
        out.flush();
    }

    private static String indent(String json, String by) {
        return by + json.replace("\n", "\n" + by);
    }
}
