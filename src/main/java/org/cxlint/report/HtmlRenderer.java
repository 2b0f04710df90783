package org.cxlint.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.cxlint.model.Metadata;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.cxlint.report.html.IndexPage;
import org.cxlint.result.Breakdown;
import org.cxlint.result.Clock;
import org.cxlint.result.InputError;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;
import org.cxlint.rules.PrincipleCatalogue;
import org.cxlint.rules.Severity;
import org.cxlint.score.Score;
import org.owasp.encoder.Encode;

/**
 * The coach's view: one self-contained HTML page per transcript (inline CSS, no script, no external
 * resource) showing the conversation with flagged spans highlighted by severity, the principle, message
 * and suggested rewrite beside each turn, strengths in green, and category scores as a bar chart.
 * With an output directory each page is written there and {@code index.html} links them, with the
 * per-agent and per-team breakdown; without one, the single page goes to the report output.
 * Every string that comes from a transcript or rule file is escaped with the OWASP encoder.
 */
public final class HtmlRenderer implements Renderer {
    private Path dir;
    private IndexPage index;
    private int pages;
    private PrincipleCatalogue catalogue;
    private Selection selection = Selection.ALL;

    /**
     * Which transcripts get a page and which findings a page lists ({@code --min-severity}, {@code --failing-only});
     * with an output folder, one page per transcript there.
     */
    @Override
    public void prepare(RenderContext context) {
        select(context.selection());
        if (context.output() != null) outputDir(context.output());
        else if (context.inputs() > 1) {
            throw new RenderContext.Unusable("--format html with several transcripts needs --output DIR");
        }
    }

    @Override
    public boolean writesFolder() {
        return true;
    }

    void select(Selection s) {
        // --quiet is about the text report; pages are only written when asked for
        selection = s == null ? Selection.ALL : new Selection(s.minSeverity(), s.failingOnly(), false);
    }

    @Override
    public String name() {
        return "html";
    }

    /** Write one page per transcript into {@code dir}, plus {@code index.html}; null writes one page to the output. */
    public void outputDir(Path dir) {
        this.dir = dir;
        open();
    }

    /** Opens the index at once, so a folder that cannot be written is reported before any scoring. */
    private void open() {
        if (index == null) index = IndexPage.open(dir, CSS);
    }

    @Override
    public void start(PrintWriter out) {
        if (dir == null) return;
        open();
    }

    @Override
    public void report(PrintWriter out, Report report) {
        report(out, report, null);
    }

    @Override
    public void report(PrintWriter out, Report report, Transcript transcript) {
        if (!selection.shows(report)) return;
        pages++;
        if (dir == null) {
            if (pages > 1)
                throw new IllegalStateException(
                        "the HTML report holds one transcript; give an output directory for several");
            page(out, report, transcript);
            out.flush();
            return;
        }
        String file = String.format(
                Locale.ROOT, "%05d-%s.html", pages, safeName(report.transcript().source()));
        // built in memory (a page is small), then written in one call that reports why it failed
        java.io.StringWriter text = new java.io.StringWriter();
        try (PrintWriter w = new PrintWriter(text)) {
            page(w, report, transcript);
        }
        try {
            Files.writeString(dir.resolve(file), text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ReportWriteException.of(dir.resolve(file).toString(), e);
        }
        index.add(pages, file, report);
    }

    @Override
    public void error(PrintWriter out, InputError error) {
        if (index == null) return;
        index.error(error);
    }

    @Override
    public void end(PrintWriter out, Summary summary) {
        end(out, summary, null);
    }

    @Override
    public void end(PrintWriter out, Summary summary, Breakdown breakdown) {
        if (index == null) return;
        index.end(summary, breakdown);
        out.println("cxlint: wrote " + pages + " HTML report" + (pages == 1 ? "" : "s") + " and " + index.file());
        out.flush();
    }

    // ---- one transcript's page ----

    private void page(PrintWriter w, Report r, Transcript t) {
        Report.TranscriptInfo info = r.transcript();
        Metadata m = meta(r);
        Score s = r.score();
        head(w, "cxlint: " + info.id());
        w.println("<header>");
        w.println("<h1>" + h(info.id()) + "</h1>");
        List<String> facts = new ArrayList<>();
        facts.add(info.channel());
        if (m.agent() != null) facts.add("agent " + m.agent());
        if (m.team() != null) facts.add("team " + m.team());
        if (m.date() != null) facts.add(m.date());
        facts.add(info.source());
        w.println("<p class=\"meta\">" + h(String.join(" · ", facts)) + "</p>");
        if (info.media() != null) {
            w.println("<p class=\"media\"><a href=\"" + Encode.forHtmlAttribute(info.media()) + "\">Recording</a></p>");
        }
        w.printf(
                Locale.ROOT,
                "<p class=\"verdict %s\"><span class=\"score\">%.1f</span>/100 <b>%s</b>: <span class=\"reason\">%s</span></p>%n",
                s.pass() ? "pass" : "fail",
                s.overall(),
                verdict(s),
                h(s.reason()));
        int faults = (int)
                r.findings().stream().filter(f -> f.counts() && !f.isStrength()).count();
        int strengths = (int)
                r.findings().stream().filter(f -> f.counts() && f.isStrength()).count();
        int notCounted = (int) r.findings().stream().filter(f -> !f.counts()).count();
        w.println("<p class=\"tally\">"
                + h(Totals.count(faults, "finding") + " · " + Totals.count(strengths, "strength")
                        + (notCounted == 0 ? "" : " · " + notCounted + " waived or baselined"))
                + "</p>");
        if (r.verdict() != null) {
            w.println("<p class=\"check " + (r.verdict().failed() ? "fail" : "pass") + "\">Check: "
                    + (r.verdict().failed() ? "rejected" : "accepted")
                    + (r.verdict().failures().isEmpty()
                            ? ""
                            : ": " + h(String.join("; ", r.verdict().failures()))) + "</p>");
        }
        if (info.timing() != null) {
            w.println("<ul class=\"timing-notes\" aria-label=\"Timing notes\">");
            for (String n : info.timing()) w.println("<li>timing: " + h(n) + "</li>");
            w.println("</ul>");
        }
        w.println("</header>");
        HtmlExplain.workOn(w, r);
        chart(w, r);
        if (t != null) conversation(w, r, t);
        else findingsOnly(w, r);
        legend(w);
        w.println("</body></html>");
    }

    private static void chart(PrintWriter w, Report r) {
        Score s = r.score();
        w.println("<section class=\"chart\" aria-label=\"Category scores\"><h2>Category scores</h2>");
        w.println(
                "<p class=\"how\">Each category starts at 100, loses its findings' points and earns back its strengths'; "
                        + "its shortfall times its weight comes off the overall score. Green took nothing off, amber less than 10 points, "
                        + "red 10 or more.</p>");
        for (Score.CategoryScore c : s.categories()) {
            // coloured by what the category took off the overall score, so a 90 that cost 10 points is not green
            String cls = c.score() == null ? "na" : c.costs() == 0 ? "good" : c.costs() < 10 ? "fair" : "poor";
            String width = c.score() == null ? "0" : String.format(Locale.ROOT, "%.1f", c.score());
            String value = c.score() == null ? "N/A" : String.format(Locale.ROOT, "%.1f", c.score());
            w.printf(
                    Locale.ROOT,
                    "<div class=\"bar-row %s\" data-category=\"%s\"><span class=\"label\">%s</span>"
                            + "<span class=\"bar\"><span class=\"fill\" style=\"width:%s%%\"></span></span>"
                            + "<span class=\"value\">%s</span><span class=\"counts\">%s</span>"
                            + "<span class=\"explain\">%s</span></div>%n",
                    cls,
                    Encode.forHtmlAttribute(c.id()),
                    h(c.name() == null ? c.id() : c.name()),
                    width,
                    value,
                    h(counts(c.findings(), c.strengths())),
                    h(HtmlExplain.category(r, c)));
        }
        if (!s.notApplicable().isEmpty()) {
            w.println("<p class=\"na-rules\">Not applicable here: " + h(String.join(", ", s.notApplicable())) + "</p>");
        }
        w.println("</section>");
    }

    private void conversation(PrintWriter w, Report r, Transcript t) {
        w.println("<section class=\"conversation\"><h2>Conversation</h2>");
        List<Report.Item> items = r.findings();
        // only times the timing facts could use are shown (the page lists the others under "timing:")
        List<Turn> timed = org.cxlint.facts.TimingFacts.usable(t.turns());
        for (Turn turn : t.turns()) {
            int no = turn.index() + 1;
            List<Integer> here = new ArrayList<>();
            for (int i = 0; i < items.size(); i++)
                if (items.get(i).turn() == no && selection.shows(items.get(i))) here.add(i);
            Severity worst = here.stream()
                    .map(i -> items.get(i).severity())
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            boolean wholeTurn = here.stream().anyMatch(i -> items.get(i).start() == null);
            String speaker = turn.speaker().label();
            w.printf(
                    "<div class=\"turn speaker-%s%s\" id=\"turn-%d\">%n",
                    Encode.forHtmlAttribute(speaker),
                    worst == null ? "" : " flagged" + (wholeTurn ? " whole sev-" + worst.label() : ""),
                    no);
            Double start = timed.get(turn.index()).start();
            String when = start == null ? "" : " · " + h(Clock.of(start));
            w.printf(
                    "<div class=\"said\"><span class=\"who\">%d · %s%s</span><p class=\"text\">%s</p></div>%n",
                    no, h(speaker), when, highlight(turn.text(), items, here));
            w.println("<aside class=\"notes\">");
            for (int i : here) note(w, items.get(i), i);
            w.println("</aside></div>");
        }
        w.println("</section>");
    }

    private void findingsOnly(PrintWriter w, Report r) {
        w.println("<section class=\"conversation\"><h2>Findings</h2><aside class=\"notes\">");
        for (int i = 0; i < r.findings().size(); i++)
            if (selection.shows(r.findings().get(i))) note(w, r.findings().get(i), i);
        w.println("</aside></section>");
    }

    /** The turn text with each finding's span in a {@code mark} of the worst severity covering it. */
    static String highlight(String text, List<Report.Item> items, List<Integer> here) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (int i : here) {
            Report.Item f = items.get(i);
            if (f.start() == null || f.end() == null) continue;
            cuts.add(clamp(f.start(), text.length()));
            cuts.add(clamp(f.end(), text.length()));
        }
        StringBuilder sb = new StringBuilder();
        Integer a = null;
        for (int b : cuts) {
            if (a != null && b > a) {
                List<Integer> cover = new ArrayList<>();
                for (int i : here) {
                    Report.Item f = items.get(i);
                    if (f.start() != null && f.end() != null && f.start() <= a && f.end() >= b) cover.add(i);
                }
                String part = Encode.forHtml(text.substring(a, b));
                if (cover.isEmpty()) {
                    sb.append(part);
                } else {
                    Severity worst = cover.stream()
                            .map(i -> items.get(i).severity())
                            .min(Comparator.naturalOrder())
                            .get();
                    StringBuilder ids = new StringBuilder();
                    StringBuilder rules = new StringBuilder();
                    for (int i : cover) {
                        ids.append(ids.length() == 0 ? "" : " ")
                                .append("finding-")
                                .append(i + 1);
                        rules.append(rules.length() == 0 ? "" : ", ")
                                .append(items.get(i).rule());
                    }
                    sb.append("<mark class=\"hl sev-")
                            .append(worst.label())
                            .append("\" data-findings=\"")
                            .append(Encode.forHtmlAttribute(ids.toString()))
                            .append("\" title=\"")
                            .append(Encode.forHtmlAttribute(rules.toString()))
                            .append("\">")
                            .append(part)
                            .append("</mark>");
                }
            }
            a = b;
        }
        return sb.toString();
    }

    private void note(PrintWriter w, Report.Item f, int i) {
        String sev = f.severity().label();
        w.printf("<div class=\"note sev-%s%s\" id=\"finding-%d\">%n", sev, f.counts() ? "" : " not-counted", i + 1);
        String time = Clock.of(f.time());
        String at = time == null
                ? ""
                : f.media() == null
                        ? " <span class=\"time\">" + h(time) + "</span>"
                        : " <a class=\"time\" href=\"" + Encode.forHtmlAttribute(f.media()) + "\">" + h(time) + "</a>";
        w.printf(
                "<p class=\"head\"><span class=\"badge\">%s</span> <span class=\"rule\">%s</span>%s%s%s</p>%n",
                h(f.severity() == Severity.STRENGTH ? "strength" : sev),
                h(f.rule()),
                at,
                f.isStrength() || f.points() == 0
                        ? ""
                        : " <span class=\"points\">−" + h(HtmlExplain.num(f.points())) + " " + h(f.category())
                                + "</span>",
                f.status() == null ? "" : " <span class=\"status\">(" + h(f.status()) + ")</span>");
        String title = principleTitle(f.principle());
        if (f.principle() != null) {
            w.println("<p class=\"principle\">" + h(f.principle()) + (title == null ? "" : " — " + h(title)) + "</p>");
        }
        if (f.quote() != null) w.println("<p class=\"quote\">“" + h(f.quote()) + "”</p>");
        if (f.evidence() != null)
            w.println("<p class=\"evidence\">Evidence: " + h(f.evidence().text()) + "</p>");
        w.println("<p class=\"message\">" + h(f.message()) + "</p>");
        if (f.suggestion() != null) {
            w.println("<p class=\"rewrite\"><span class=\"try\">Try:</span> " + h(f.suggestion()) + "</p>");
        }
        if (f.note() != null) w.println("<p class=\"why\">" + h(f.note()) + "</p>");
        w.println("</div>");
    }

    private String principleTitle(String id) {
        if (id == null) return null;
        if (catalogue == null) {
            try {
                catalogue = PrincipleCatalogue.bundled();
            } catch (RuntimeException e) {
                catalogue = new PrincipleCatalogue(0, List.of(), List.of());
            }
        }
        return catalogue.principle(id).map(PrincipleCatalogue.Principle::title).orElse(null);
    }

    private static void legend(PrintWriter w) {
        w.println("<footer class=\"legend\">");
        for (Severity s : Severity.values()) {
            w.println(
                    "<span class=\"note sev-" + s.label() + "\"><span class=\"badge\">" + s.label() + "</span></span>");
        }
        w.println("<span class=\"by\">cxlint</span></footer>");
    }

    private static void head(PrintWriter w, String title) {
        w.println("<!DOCTYPE html>");
        w.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        // no script runs and nothing loads from elsewhere, whatever a transcript contains
        w.println(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        w.println("<title>" + h(title) + "</title>");
        w.println("<style>" + CSS + "</style></head><body>");
    }

    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:#1d1d1f;background:#fafafa}
            h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.2rem 0 .5rem}
            .meta{color:#555;margin:.2rem 0}.verdict{font-size:1.1rem;margin:.4rem 0}.verdict .score{font-size:1.6rem;font-weight:700}
            .verdict.pass b{color:#2e7d32}.verdict.fail b,.critical,.check.fail{color:#b00020}
            .chart{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem}
            .bar-row{display:grid;grid-template-columns:13rem 1fr 3.5rem 12rem;gap:.6rem;align-items:center;margin:.15rem 0}
            .bar{background:#eee;height:.8rem;border-radius:4px;overflow:hidden}.fill{display:block;height:100%;background:#2e7d32}
            .fair .fill{background:#f9a825}.poor .fill{background:#b00020}.na .value{color:#888}.value{text-align:right;font-variant-numeric:tabular-nums}
            .counts,.na-rules,.how,.explain,.time,.points{color:#666;font-size:.85rem}.explain{grid-column:2/5}
            .work-on{background:#fff;border:1px solid #ddd;border-left:4px solid #b00020;border-radius:6px;padding:.4rem 1rem;margin:.6rem 0}
            .work-on ol{margin:.2rem 0;padding-left:1.4rem}.work-on li{margin:.3rem 0}.work-on p{margin:.1rem 0}.cost{font-weight:600}
            .evidence{font-size:.85rem;background:#f3f3f3;padding:.1rem .4rem;border-radius:4px}.timing-notes{color:#8a5a00;font-size:.85rem;margin:.2rem 0}
            .turn{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;border-top:1px solid #e3e3e3;padding:.5rem 0}
            .said .who{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:#777}
            .text{margin:.1rem 0;white-space:pre-wrap;padding:.3rem .6rem;border-radius:6px;background:#fff;border:1px solid #e3e3e3}
            .speaker-customer .text{background:#f1f4f8}.turn.whole .text{border-left:4px solid var(--c)}
            mark.hl{background:var(--bg);border-bottom:2px solid var(--c);padding:0 1px;border-radius:2px;color:inherit}
            .note{border-left:4px solid var(--c);background:#fff;padding:.3rem .6rem;margin:0 0 .5rem;border-radius:0 6px 6px 0;font-size:.9rem}
            .note p{margin:.15rem 0}.badge{background:var(--c);color:#fff;border-radius:3px;padding:0 .35rem;font-size:.75rem;text-transform:uppercase}
            .rule{font-family:ui-monospace,monospace;font-size:.85rem}.principle{color:#555;font-size:.85rem}.quote{font-style:italic}
            .rewrite{background:#e8f5e9;padding:.2rem .4rem;border-radius:4px}.try{font-weight:600}.not-counted{opacity:.6}
            .sev-critical{--c:#b00020;--bg:#fdd}.sev-major{--c:#e65100;--bg:#ffe0b2}.sev-minor{--c:#c49000;--bg:#fff59d}
            .sev-info{--c:#1565c0;--bg:#e3f2fd}.sev-strength{--c:#2e7d32;--bg:#c8e6c9}
            .legend{margin-top:1.5rem;color:#777;font-size:.8rem}.legend .note{display:inline;border:0;padding:0 .2rem;background:none}
            table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
            td.num{text-align:right;font-variant-numeric:tabular-nums}tr.fail td:nth-child(7){color:#b00020}tr.error td{color:#b00020}
            @media (max-width:760px){.turn{grid-template-columns:1fr}.bar-row{grid-template-columns:8rem 1fr 3rem}.counts{display:none}.explain{grid-column:1/-1}}
            """;

    private static Metadata meta(Report r) {
        return r.transcript().metadata() == null
                ? Metadata.EMPTY
                : r.transcript().metadata();
    }

    private static String verdict(Score s) {
        return s.criticalFailure() ? "FAIL (critical)" : s.pass() ? "PASS" : "FAIL";
    }

    private static String counts(int findings, int strengths) {
        List<String> parts = new ArrayList<>();
        if (findings > 0) parts.add(findings + " finding" + (findings == 1 ? "" : "s"));
        if (strengths > 0) parts.add(strengths + " strength" + (strengths == 1 ? "" : "s"));
        return String.join(", ", parts);
    }

    private static int clamp(int v, int len) {
        return Math.max(0, Math.min(len, v));
    }

    /** Escapes text for an HTML element body; null becomes empty. */
    static String h(String s) {
        return s == null ? "" : Encode.forHtml(s);
    }

    static String safeName(String source) {
        String name = source == null
                ? "transcript"
                : source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
