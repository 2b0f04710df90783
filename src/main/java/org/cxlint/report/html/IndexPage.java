package org.cxlint.report.html;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cxlint.model.Metadata;
import org.cxlint.report.ReportWriteException;
import org.cxlint.result.Breakdown;
import org.cxlint.result.InputError;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;
import org.cxlint.rules.Severity;
import org.cxlint.score.Score;
import org.owasp.encoder.Encode;

/**
 * The batch's {@code index.html}: one table of every transcript, worst first (lowest score, then id), that
 * a small script (allowed by the page's policy by its hash) makes sortable and filterable by agent, team,
 * verdict, rule and score; files that could not be read in short rows at the end; the score distribution,
 * most frequent findings and each agent's weekly trend as inline SVG; the per-agent and per-team tables.
 * Written when the batch ends, since its order needs every score; then each transcript page gets its links
 * to the index and its neighbours, and pages an earlier run left behind are removed ({@link WrittenFiles}).
 */
public final class IndexPage {
    public static final String FILE = "index.html";
    /** Longest error reason shown in a row; the whole reason is in the row's tooltip. */
    static final int REASON_SHOWN = 90;

    private final Path dir;
    private final String css;
    private final WrittenFiles written;
    private final List<IndexRow> rows = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    private final Map<String, Integer> ruleCounts = new TreeMap<>();
    private final Map<String, String> ruleSeverity = new TreeMap<>();
    private Double passMark;

    private IndexPage(Path dir, String css, WrittenFiles written) {
        this.dir = dir;
        this.css = css;
        this.written = written;
    }

    /**
     * Makes the folder and records in it what this run writes, at once, so a folder that cannot be written is
     * reported before any scoring, in one line ({@link ReportWriteException}).
     * @param css the transcript pages' style sheet, which the index shares
     */
    public static IndexPage open(Path dir, String css) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new ReportWriteException("cannot write the HTML report to " + dir + ": "
                        + (p.equals(dir.toAbsolutePath()) ? "it" : p.toString()) + " is a file, not a folder");
            }
        }
        try {
            Files.createDirectories(dir);
            return new IndexPage(dir, css, WrittenFiles.open(dir));
        } catch (IOException e) {
            throw ReportWriteException.of("the HTML report to " + dir, e);
        }
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    /** Notes the page of the {@code n}th transcript, just written to {@code file} in the folder. */
    public void add(int n, String file, Report report) {
        try {
            written.add(file);
        } catch (IOException e) {
            throw ReportWriteException.of(dir.resolve(WrittenFiles.NAME).toString(), e);
        }
        Score s = report.score();
        if (passMark == null) passMark = s.passMark();
        Metadata m = report.transcript().metadata() == null
                ? Metadata.EMPTY
                : report.transcript().metadata();
        int faults = 0, strengths = 0;
        Set<String> rules = new TreeSet<>();
        for (Report.Item f : report.findings()) {
            if (!f.counts()) continue;
            if (f.severity() == Severity.STRENGTH) {
                strengths++;
                continue;
            }
            faults++;
            rules.add(f.rule());
            ruleCounts.merge(f.rule(), 1, Integer::sum);
            ruleSeverity.putIfAbsent(f.rule(), f.severity().label());
        }
        String verdict = s.criticalFailure() ? "critical" : s.pass() ? "pass" : "fail";
        rows.add(new IndexRow(
                n,
                file,
                report.transcript().id(),
                report.transcript().source(),
                m.agent(),
                m.team(),
                m.date(),
                s.overall(),
                verdict,
                faults,
                strengths,
                List.copyOf(rules)));
    }

    public void error(InputError error) {
        errors.add(error);
    }

    /** Worst first: lowest score, then id, then input order, so equal inputs always give the same page. */
    static final Comparator<IndexRow> WORST_FIRST = Comparator.comparingDouble(IndexRow::score)
            .thenComparing(r -> r.id() == null ? "" : r.id())
            .thenComparingInt(IndexRow::page);

    /** Writes the index, links the pages to it and each other, and removes this folder's stale pages. */
    public void end(Summary summary, Breakdown breakdown) {
        List<IndexRow> ordered = new ArrayList<>(rows);
        ordered.sort(WORST_FIRST);
        StringWriter text = new StringWriter();
        try (PrintWriter w = new PrintWriter(text)) {
            write(w, ordered, summary, breakdown);
        }
        try {
            Files.writeString(file(), text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ReportWriteException.of(file().toString(), e);
        }
        try {
            Pager.link(dir, ordered);
        } catch (IOException e) {
            throw ReportWriteException.of("the links between the pages in " + dir, e);
        }
        Set<String> files = new HashSet<>();
        files.add(FILE);
        rows.forEach(r -> files.add(r.file()));
        try {
            written.finish(files);
        } catch (IOException e) {
            throw ReportWriteException.of(
                    "the list of pages in " + dir.resolve(WrittenFiles.NAME) + " (or remove stale pages)", e);
        }
    }

    private void write(PrintWriter w, List<IndexRow> ordered, Summary summary, Breakdown breakdown) {
        double mark = passMark == null ? 0 : passMark;
        head(w);
        w.println("<h1>cxlint batch report</h1>");
        w.printf(
                Locale.ROOT,
                "<p class=\"totals\">%d files: %d scored, %d could not be read.%s%s</p>%n",
                summary.files(),
                summary.scored(),
                summary.errors(),
                summary.skipped() == null ? "" : " " + summary.skipped() + " skipped (not transcripts).",
                summary.meanScore() == null
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                " Mean score %.1f; %d passed, %d failed.",
                                summary.meanScore(),
                                summary.passed(),
                                summary.scored() - summary.passed()));
        Breakdown.View view = breakdown != null && breakdown.transcripts() > 0 ? breakdown.view() : null;
        w.println("<nav class=\"jump\">Jump to: <a href=\"#calls\">transcripts</a>"
                + (errors.isEmpty() ? "" : " · <a href=\"#errors\">could not be read (" + errors.size() + ")</a>")
                + (view != null && view.overall().byWeek() != null ? " · <a href=\"#trend\">trend by week</a>" : "")
                + (view != null ? " · <a href=\"#by-agent\">by agent</a> · <a href=\"#by-team\">by team</a>" : "")
                + "</nav>");
        if (!rows.isEmpty()) {
            w.println("<div class=\"charts\">");
            w.println(Charts.histogram(rows, mark));
            w.println(Charts.topFindings(ruleCounts, ruleSeverity));
            w.println("</div>");
        }
        filters(w);
        table(w, ordered);
        if (view != null) {
            w.print(Charts.trend(view, mark));
            groups(w, "by-agent", "By agent", view.agents());
            groups(w, "by-team", "By team", view.teams());
        }
        w.println("<script>" + IndexScript.SOURCE + "</script>");
        w.println("</body></html>");
    }

    private void head(PrintWriter w) {
        w.println("<!DOCTYPE html>");
        w.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        // nothing loads from elsewhere, and the one script that runs is the index's own, named by its hash
        w.println(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src "
                        + IndexScript.CSP_SOURCE + "\">");
        w.println("<title>cxlint batch report</title>");
        w.println("<style>" + css + CSS + "</style></head><body>");
    }

    /** The filter form, shown by the script (without it the form could do nothing). */
    private void filters(PrintWriter w) {
        Map<String, Integer> agents = new TreeMap<>();
        Map<String, Integer> teams = new TreeMap<>();
        Map<String, Integer> ruleCalls = new TreeMap<>();
        for (IndexRow r : rows) {
            if (r.agent() != null) agents.merge(r.agent(), 1, Integer::sum);
            if (r.team() != null) teams.merge(r.team(), 1, Integer::sum);
            r.rules().forEach(rule -> ruleCalls.merge(rule, 1, Integer::sum));
        }
        w.println("<form id=\"filters\" class=\"filters\" hidden aria-controls=\"calls\">");
        select(w, "f-agent", "Agent", "all agents", agents);
        select(w, "f-team", "Team", "all teams", teams);
        Map<String, String> verdicts = new java.util.LinkedHashMap<>();
        verdicts.put("fail", "FAIL");
        verdicts.put("critical", "FAIL (critical)");
        verdicts.put("pass", "PASS");
        if (!errors.isEmpty()) verdicts.put("error", "could not be read");
        w.print("<label>Result <select id=\"f-verdict\"><option value=\"\">any</option>");
        verdicts.forEach((k, v) -> w.print("<option value=\"" + k + "\">" + h(v) + "</option>"));
        w.println("</select></label>");
        select(w, "f-rule", "Rule", "any rule", ruleCalls);
        w.println(
                "<label>Score <input id=\"f-min\" type=\"number\" min=\"0\" max=\"100\" step=\"any\" placeholder=\"min\" size=\"4\"></label>"
                        + "<label>to <input id=\"f-max\" type=\"number\" min=\"0\" max=\"100\" step=\"any\" placeholder=\"max\" size=\"4\"></label>"
                        + "<button type=\"reset\">Clear</button> <output id=\"shown\" for=\"f-agent f-team f-verdict f-rule f-min f-max\"></output>");
        w.println("</form>");
    }

    private static void select(PrintWriter w, String id, String label, String all, Map<String, Integer> values) {
        w.print("<label>" + label + " <select id=\"" + id + "\"><option value=\"\">" + all + "</option>");
        values.forEach((v, n) -> w.print("<option value=\"" + a(v) + "\">" + h(v) + " (" + n + ")</option>"));
        w.println("</select></label>");
    }

    private void table(PrintWriter w, List<IndexRow> ordered) {
        w.println(
                "<table class=\"index\" id=\"calls\"><caption>Transcripts, worst first (lowest score, then id)</caption>");
        w.println(
                "<thead><tr><th data-key=\"rank\">#</th><th data-key=\"id\">Transcript</th><th data-key=\"agent\">Agent</th>"
                        + "<th data-key=\"team\">Team</th><th data-key=\"date\">Date</th><th data-key=\"score\" aria-sort=\"ascending\">Score</th>"
                        + "<th data-key=\"verdict\">Result</th><th data-key=\"faults\">Findings</th><th data-key=\"strengths\">Strengths</th></tr></thead><tbody>");
        int rank = 0;
        for (IndexRow r : ordered) {
            rank++;
            w.printf(
                    Locale.ROOT,
                    "<tr class=\"%s\" data-rank=\"%d\" data-id=\"%s\" data-agent=\"%s\" data-team=\"%s\" data-date=\"%s\""
                            + " data-score=\"%.1f\" data-verdict=\"%s\" data-faults=\"%d\" data-strengths=\"%d\" data-rules=\"%s\">"
                            + "<td class=\"num\">%d</td><td class=\"id\"><a href=\"%s\" title=\"%s\">%s</a></td><td>%s</td><td>%s</td><td>%s</td>"
                            + "<td class=\"num\">%.1f</td><td class=\"res\">%s</td><td class=\"num\"%s>%d</td><td class=\"num\">%d</td></tr>%n",
                    r.verdict().equals("pass") ? "pass" : "fail",
                    rank,
                    a(r.id()),
                    a(r.agent()),
                    a(r.team()),
                    a(r.date()),
                    r.score(),
                    r.verdict(),
                    r.faults(),
                    r.strengths(),
                    a(String.join(" ", r.rules())),
                    rank,
                    a(r.file()),
                    a(r.source()),
                    h(r.id()),
                    h(r.agent()),
                    h(r.team()),
                    h(r.date()),
                    r.score(),
                    h(r.verdictText()),
                    r.rules().isEmpty() ? "" : " title=\"" + a(String.join(", ", r.rules())) + "\"",
                    r.faults(),
                    r.strengths());
        }
        boolean first = true;
        for (InputError e : errors) {
            rank++;
            String reason = e.reason() == null ? "" : e.reason();
            String shown = reason.length() <= REASON_SHOWN
                    ? reason
                    : reason.substring(0, REASON_SHOWN - 1).stripTrailing() + "…";
            String name = e.file() == null
                    ? ""
                    : e.file()
                            .substring(
                                    Math.max(e.file().lastIndexOf('/'), e.file().lastIndexOf('\\')) + 1);
            w.printf(
                    Locale.ROOT,
                    "<tr class=\"error\"%s data-rank=\"%d\" data-id=\"%s\" data-verdict=\"error\"><td class=\"num\">%d</td>"
                            + "<td class=\"id\" title=\"%s\">%s</td><td colspan=\"7\" class=\"why\" title=\"%s\">could not be read: %s</td></tr>%n",
                    first ? " id=\"errors\"" : "",
                    rank,
                    a(e.file()),
                    rank,
                    a(e.file()),
                    h(name),
                    a(reason),
                    h(shown));
            first = false;
        }
        w.println("</tbody></table>");
    }

    private static void groups(PrintWriter w, String id, String title, List<Breakdown.GroupView> groups) {
        w.println("<h2 id=\"" + id + "\">" + h(title) + "</h2>");
        w.println(
                "<table class=\"groups\"><thead><tr><th>Name</th><th>Transcripts</th><th>Mean</th><th>Pass rate</th>"
                        + "<th>Critical</th><th>Distribution</th><th>Most frequent findings</th><th>Trend by week</th></tr></thead><tbody>");
        for (Breakdown.GroupView g : groups) {
            StringBuilder dist = new StringBuilder();
            g.distribution()
                    .forEach((b, n) -> dist.append(dist.length() == 0 ? "" : " · ")
                            .append(b)
                            .append(": ")
                            .append(n));
            StringBuilder top = new StringBuilder();
            g.topFindings()
                    .forEach(rc -> top.append(top.length() == 0 ? "" : ", ")
                            .append(rc.rule())
                            .append(" ×")
                            .append(rc.count()));
            StringBuilder trend = new StringBuilder();
            if (g.byWeek() != null) {
                g.byWeek()
                        .forEach(t -> trend.append(trend.length() == 0 ? "" : ", ")
                                .append(String.format(
                                        Locale.ROOT, "%s %.1f (%d)", t.period(), t.meanScore(), t.transcripts())));
            }
            w.printf(
                    Locale.ROOT,
                    "<tr><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%s</td><td class=\"num\">%s</td>"
                            + "<td class=\"num\">%d</td><td>%s</td><td>%s</td><td>%s</td></tr>%n",
                    h(g.name()),
                    g.transcripts(),
                    g.meanScore() == null ? "" : String.format(Locale.ROOT, "%.1f", g.meanScore()),
                    g.passRate() == null ? "" : String.format(Locale.ROOT, "%.0f%%", g.passRate()),
                    g.criticalFailures(),
                    h(dist.toString()),
                    h(top.toString()),
                    h(trend.toString()));
        }
        w.println("</tbody></table>");
    }

    private static final String CSS = """
            .totals{margin:.3rem 0}.jump{font-size:.9rem;margin:.3rem 0 .6rem}
            .charts{display:flex;flex-wrap:wrap;gap:1rem;margin:.4rem 0}
            figure.chart{margin:0;background:#fff;border:1px solid #ddd;border-radius:6px;padding:.4rem .6rem}
            figcaption{font-weight:600;font-size:.9rem;margin-bottom:.2rem}
            svg text{font:11px system-ui,sans-serif;fill:#333}svg .tick{text-anchor:middle;fill:#666}svg .tick.y{text-anchor:end}
            svg .count{text-anchor:middle}svg .count.after{text-anchor:start}svg .label{text-anchor:end}svg .mean{text-anchor:end}
            svg rect.above,svg circle.above{fill:#2e7d32}svg rect.below,svg circle.below{fill:#b00020}
            svg .mark{stroke:#555;stroke-dasharray:4 3}svg .axis{stroke:#999}svg polyline{fill:none;stroke:#1565c0;stroke-width:1.5}
            svg rect.sev-critical{fill:#b00020}svg rect.sev-major{fill:#e65100}svg rect.sev-minor{fill:#c49000}svg rect.sev-info{fill:#1565c0}
            .multiples{display:flex;flex-wrap:wrap;gap:.5rem}.multiples figcaption{display:none}.hint{color:#666;font-size:.85rem}
            .filters{display:flex;flex-wrap:wrap;gap:.4rem .9rem;align-items:center;margin:.6rem 0;font-size:.9rem}
            .filters select{max-width:14rem}.filters input{width:4.5rem}
            table.index caption{text-align:left;font-weight:600;padding:.3rem 0}
            table.index td.id{max-width:16rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
            table.index td{white-space:nowrap}table.index td.why{max-width:40rem;overflow:hidden;text-overflow:ellipsis}
            table.index th button{font:inherit;font-weight:600;border:0;background:none;padding:0;cursor:pointer;color:#1d1d1f}
            th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
            tr.fail td.res{color:#b00020}tr.pass td.res{color:#2e7d32}tr[hidden]{display:none}
            """;

    private static String h(String s) {
        return s == null ? "" : Encode.forHtml(s);
    }

    private static String a(String s) {
        return s == null ? "" : Encode.forHtmlAttribute(s);
    }
}
