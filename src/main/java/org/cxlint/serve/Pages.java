package org.cxlint.serve;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cxlint.model.Transcript;
import org.cxlint.report.HtmlRenderer;
import org.cxlint.result.Json;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;
import org.owasp.encoder.Encode;

/**
 * The browser side, from the store: an index of agents and recent calls, an agent's weekly trend, and each
 * call's coach page drawn by {@link HtmlRenderer} exactly as {@code --format html} draws it. Like the
 * report pages these run no script and load nothing from elsewhere, and every stored string is escaped.
 */
final class Pages {
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private static final ObjectReader REPORT =
            Json.MAPPER.readerFor(Report.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String CSS = "body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem;color:#222}"
            + "table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:left}"
            + ".num{text-align:right;font-variant-numeric:tabular-nums}.fail{color:#b00020}.pass{color:#2e7d32}"
            + "h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}.muted{color:#666}#weeks td:first-child{white-space:nowrap}";
    private final Store store;

    Pages(Store store) {
        this.store = store;
    }

    private static String h(Object s) {
        return s == null ? "" : Encode.forHtml(s.toString());
    }

    private static String href(String path) {
        return Encode.forHtmlAttribute(path);
    }

    private static String seg(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void head(PrintWriter w, String title) {
        w.println("<!DOCTYPE html>");
        w.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.println("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">");
        w.println("<title>" + h(title) + "</title><style>" + CSS + "</style></head><body>");
    }

    String index() {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        head(w, "cxlint");
        w.println("<h1>cxlint</h1>");
        List<Store.Agent> agents = store.agents();
        w.println("<h2>Agents</h2>");
        if (agents.isEmpty()) w.println("<p class=\"muted\">No call with an agent named yet.</p>");
        else {
            w.println(
                    "<table id=\"agents\"><thead><tr><th>Agent</th><th>Calls</th><th>Mean score</th><th>Pass rate</th>"
                            + "<th>First</th><th>Last</th></tr></thead><tbody>");
            for (Store.Agent a : agents) {
                w.printf(
                        Locale.ROOT,
                        "<tr><td><a href=\"%s\">%s</a></td><td class=\"num\">%d</td><td class=\"num\">%.1f</td>"
                                + "<td class=\"num\">%.0f%%</td><td>%s</td><td>%s</td></tr>%n",
                        href("/agents/" + seg(a.agent())),
                        h(a.agent()),
                        a.calls(),
                        a.meanScore(),
                        a.passRate() * 100,
                        h(a.first()),
                        h(a.last()));
            }
            w.println("</tbody></table>");
        }
        w.println("<h2>Recent calls</h2>");
        calls(w, store.recent(200));
        w.println("</body></html>");
        w.flush();
        return out.toString();
    }

    private static void calls(PrintWriter w, List<Store.Row> rows) {
        if (rows.isEmpty()) {
            w.println("<p class=\"muted\">No calls stored yet.</p>");
            return;
        }
        w.println("<table id=\"calls\"><thead><tr><th>#</th><th>Transcript</th><th>Agent</th><th>Team</th><th>Date</th>"
                + "<th>Score</th><th>Result</th><th>From</th></tr></thead><tbody>");
        for (Store.Row r : rows) {
            w.printf(
                    Locale.ROOT,
                    "<tr><td class=\"num\">%d</td><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td><td>%s</td>"
                            + "<td class=\"num\">%.1f</td><td class=\"%s\">%s</td><td>%s</td></tr>%n",
                    r.id(),
                    href("/reports/" + r.id()),
                    h(r.transcriptId()),
                    h(r.agent()),
                    h(r.team()),
                    h(r.date()),
                    r.score(),
                    r.passed() ? "pass" : "fail",
                    r.passed() ? "PASS" : "FAIL",
                    h(r.origin()));
        }
        w.println("</tbody></table>");
    }

    String agent(String agent, Trend t) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        head(w, "cxlint: " + agent);
        w.println("<p><a href=\"/\">All agents</a></p>");
        w.println("<h1>" + h(agent) + "</h1>");
        w.println("<p class=\"muted\">" + h(t.from()) + " to " + h(t.to()) + ": " + t.calls() + " calls</p>");
        w.println("<h2>By week</h2>");
        if (t.weeks().isEmpty()) w.println("<p class=\"muted\">No calls in this period.</p>");
        else {
            w.println(
                    "<table id=\"weeks\"><thead><tr><th>Week of</th><th>Calls</th><th>Mean score</th><th>Pass rate</th>"
                            + "<th>Most frequent findings</th></tr></thead><tbody>");
            for (Trend.Week wk : t.weeks()) {
                w.printf(
                        Locale.ROOT,
                        "<tr><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%.1f</td><td class=\"num\">%.0f%%</td>"
                                + "<td>%s</td></tr>%n",
                        h(wk.week()),
                        wk.calls(),
                        wk.meanScore(),
                        wk.passRate() * 100,
                        h(String.join(
                                ", ",
                                wk.topFindings().stream()
                                        .map(c -> c.rule() + " (" + c.count() + ")")
                                        .toList())));
            }
            w.println("</tbody></table>");
        }
        w.println("<h2>Calls</h2>");
        calls(w, store.ofAgent(agent, 200));
        w.println("</body></html>");
        w.flush();
        return out.toString();
    }

    /** The coach page of a stored call, drawn by the HTML report's own renderer. */
    Optional<String> report(long id) {
        return store.call(id).map(call -> {
            Report r;
            try {
                r = REPORT.readValue(call.reportJson());
            } catch (java.io.IOException e) {
                throw new Store.StoreException("stored report " + id + " is unreadable: " + e.getMessage());
            }
            Report.TranscriptInfo i = r.transcript();
            Transcript t = new Transcript(
                    i.id(),
                    i.source(),
                    i.format(),
                    i.channel(),
                    i.metadata(),
                    call.turns(),
                    List.of(),
                    i.roles(),
                    i.encoding());
            StringWriter out = new StringWriter();
            PrintWriter w = new PrintWriter(out);
            HtmlRenderer renderer = new HtmlRenderer();
            renderer.start(w);
            renderer.report(w, r, t);
            long strengths = r.findings().stream()
                    .filter(f -> f.counts() && f.isStrength())
                    .count();
            long faults = r.findings().stream()
                    .filter(f -> f.counts() && !f.isStrength())
                    .count();
            int pass = r.score().pass() ? 1 : 0;
            renderer.end(
                    w,
                    new Summary(
                            1,
                            1,
                            0,
                            pass,
                            1 - pass,
                            r.score().overall(),
                            (int) faults,
                            (int) strengths,
                            r.findings().size() - (int) (faults + strengths),
                            null));
            w.flush();
            return out.toString();
        });
    }
}
