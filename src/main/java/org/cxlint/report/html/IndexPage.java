package org.cxlint.report.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cxlint.model.Metadata;
import org.cxlint.report.Breakdown;
import org.cxlint.report.InputError;
import org.cxlint.report.Report;
import org.cxlint.report.ReportWriteException;
import org.cxlint.report.Summary;
import org.cxlint.report.WatchedStream;
import org.cxlint.rules.Severity;
import org.cxlint.score.Score;
import org.owasp.encoder.Encode;

/**
 * The batch's {@code index.html}: a row per transcript page (and per file that could not be read), the
 * totals and the per-agent and per-team breakdown. Opened before any scoring, so a folder that cannot be
 * written is reported at once, in one line ({@link ReportWriteException}).
 */
public final class IndexPage {
    /** Writes the page's head (shared with the transcript pages: same style and policy). */
    public interface Head {
        void write(PrintWriter w, String title);
    }

    private final Path dir;
    private final Head head;
    private PrintWriter index;
    private WatchedStream indexStream;

    private IndexPage(Path dir, Head head) {
        this.dir = dir;
        this.head = head;
    }

    /** Makes the folder and opens index.html in it. */
    public static IndexPage open(Path dir, Head head) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new ReportWriteException("cannot write the HTML report to " + dir + ": "
                        + (p.equals(dir.toAbsolutePath()) ? "it" : p.toString()) + " is a file, not a folder");
            }
        }
        IndexPage page = new IndexPage(dir, head);
        try {
            Files.createDirectories(dir);
            page.indexStream = new WatchedStream(Files.newOutputStream(dir.resolve("index.html")));
            page.index = new PrintWriter(new BufferedWriter(new OutputStreamWriter(page.indexStream, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw ReportWriteException.of("the HTML report to " + dir, e);
        }
        return page;
    }

    public Path file() {
        return dir.resolve("index.html");
    }

    /** Throws when index.html could not be written (PrintWriter keeps write errors to itself). */
    private void check() {
        if (index.checkError()) {
            IOException why = indexStream.failure();
            throw why != null ? ReportWriteException.of(file().toString(), why) : new ReportWriteException("cannot write " + file());
        }
    }

    public void start() {
        head.write(index, "cxlint batch report");
        index.println("<h1>cxlint batch report</h1>");
        index.println("<table class=\"index\"><thead><tr><th>#</th><th>Transcript</th><th>Agent</th><th>Team</th><th>Date</th>"
                + "<th>Score</th><th>Result</th><th>Findings</th><th>Strengths</th></tr></thead><tbody>");
    }

    /** The row of the {@code n}th page, written to {@code file} in the folder. */
    public void add(int n, String file, Report report) {
        Score s = report.score();
        Metadata m = report.transcript().metadata() == null ? Metadata.EMPTY : report.transcript().metadata();
        long faults = report.findings().stream().filter(f -> f.counts() && f.severity() != Severity.STRENGTH).count();
        long strengths = report.findings().stream().filter(f -> f.counts() && f.severity() == Severity.STRENGTH).count();
        index.printf(Locale.ROOT, "<tr class=\"%s\"><td>%d</td><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td><td>%s</td>"
                        + "<td class=\"num\">%.1f</td><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%d</td></tr>%n",
                s.pass() ? "pass" : "fail", n, Encode.forHtmlAttribute(file), h(report.transcript().source()),
                h(m.agent()), h(m.team()), h(m.date()), s.overall(), verdict(s), faults, strengths);
        check();
    }

    public void error(InputError error) {
        index.printf("<tr class=\"error\"><td></td><td>%s</td><td colspan=\"7\">could not be read: %s</td></tr>%n",
                h(error.file()), h(error.reason()));
        check();
    }

    public void end(Summary summary, Breakdown breakdown) {
        index.println("</tbody></table>");
        index.printf(Locale.ROOT, "<p class=\"totals\">%d files: %d scored, %d could not be read.%s</p>%n", summary.files(),
                summary.scored(), summary.failed(), summary.meanScore() == null ? ""
                        : String.format(Locale.ROOT, " Mean score %.1f; %d passed, %d failed.", summary.meanScore(),
                        summary.passed(), summary.scored() - summary.passed()));
        if (breakdown != null && breakdown.transcripts() > 0) {
            Breakdown.View v = breakdown.view();
            groups(index, "By agent", v.agents());
            groups(index, "By team", v.teams());
        }
        index.println("</body></html>");
        check();
        index.close();
        check();
    }

    private static void groups(PrintWriter w, String title, List<Breakdown.GroupView> groups) {
        w.println("<h2>" + h(title) + "</h2>");
        w.println("<table class=\"groups\"><thead><tr><th>Name</th><th>Transcripts</th><th>Mean</th><th>Pass rate</th>"
                + "<th>Critical</th><th>Distribution</th><th>Most frequent findings</th><th>Trend by week</th></tr></thead><tbody>");
        for (Breakdown.GroupView g : groups) {
            StringBuilder dist = new StringBuilder();
            g.distribution().forEach((b, n) -> dist.append(dist.length() == 0 ? "" : " · ").append(b).append(": ").append(n));
            StringBuilder top = new StringBuilder();
            g.topFindings().forEach(rc -> top.append(top.length() == 0 ? "" : ", ").append(rc.rule()).append(" ×").append(rc.count()));
            StringBuilder trend = new StringBuilder();
            if (g.byWeek() != null) {
                g.byWeek().forEach(t -> trend.append(trend.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%s %.1f (%d)", t.period(), t.meanScore(), t.transcripts())));
            }
            w.printf(Locale.ROOT, "<tr><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%s</td><td class=\"num\">%s</td>"
                            + "<td class=\"num\">%d</td><td>%s</td><td>%s</td><td>%s</td></tr>%n",
                    h(g.name()), g.transcripts(), g.meanScore() == null ? "" : String.format(Locale.ROOT, "%.1f", g.meanScore()),
                    g.passRate() == null ? "" : String.format(Locale.ROOT, "%.0f%%", g.passRate()), g.criticalFailures(),
                    h(dist.toString()), h(top.toString()), h(trend.toString()));
        }
        w.println("</tbody></table>");
    }

    private static String verdict(Score s) {
        return s.criticalFailure() ? "FAIL (critical)" : s.pass() ? "PASS" : "FAIL";
    }

    /** Escapes text for an HTML element body; null becomes empty. */
    private static String h(String s) {
        return s == null ? "" : Encode.forHtml(s);
    }
}
