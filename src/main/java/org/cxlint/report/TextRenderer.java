package org.cxlint.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlint.model.Metadata;
import org.cxlint.model.Roles;
import org.cxlint.result.Breakdown;
import org.cxlint.result.Clock;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;
import org.cxlint.result.Verdict;
import org.cxlint.result.WorkOn;
import org.cxlint.score.Score;

/** The report a person reads: score, category scores, and each finding with its quote and a suggested rewrite. */
public final class TextRenderer implements Renderer {
    @Override
    public String name() {
        return "text";
    }

    private Selection selection = Selection.ALL;

    /** Which transcripts and findings are shown ({@code --min-severity}, {@code --failing-only}, {@code --quiet}). */
    @Override
    public void prepare(RenderContext context) {
        select(context.selection());
    }

    void select(Selection s) {
        selection = s == null ? Selection.ALL : s;
    }

    @Override
    public void report(PrintWriter out, Report r) {
        if (!selection.shows(r)) return;
        println(out, r.transcript().source() + headline(r.transcript()));
        notes(out, r.transcript());
        Score s = r.score();
        println(
                out,
                String.format(
                        Locale.ROOT, "  Score %.1f/100  %s: %s", s.overall(), s.pass() ? "PASS" : "FAIL", s.reason()));
        Verdict v = r.verdict();
        if (v != null) {
            String counted = v.score() == s.overall()
                    ? ""
                    : String.format(Locale.ROOT, " (score %.1f without waived or baselined findings)", v.score());
            println(
                    out,
                    "  Check: " + (v.failed() ? "REJECTED" : "accepted")
                            + (v.suite() == null ? "" : " [" + v.suite() + "]") + counted);
            v.failures().forEach(f -> println(out, "    - " + f));
            v.notes().forEach(n -> println(out, "    note: " + n));
        }
        workOn(out, r);
        categories(out, r);
        List<Report.Item> faults =
                r.findings().stream().filter(f -> !f.isStrength()).toList();
        List<Report.Item> strengths =
                r.findings().stream().filter(Report.Item::isStrength).toList();
        List<Report.Item> shownFaults = faults.stream().filter(selection::shows).toList();
        println(out, faults.isEmpty() ? "  No findings." : "  Findings (" + counted(faults) + "):");
        for (Report.Item f : shownFaults) {
            String time = Clock.of(f.time());
            println(
                    out,
                    String.format(
                            Locale.ROOT,
                            "  turn %d%s%s [%s] %s %s%s%s",
                            f.turn(),
                            f.column() == null ? "" : ":" + f.column(),
                            time == null ? "" : " at " + time,
                            f.speaker(),
                            f.severity().label(),
                            f.rule(),
                            f.quote() == null ? "" : "  \"" + f.quote() + "\"",
                            f.status() == null ? "" : "  (" + f.status() + ")"));
            if (f.note() != null)
                println(out, "      " + (f.status() == null ? "Note: " : "Why " + f.status() + ": ") + f.note());
            if (f.evidence() != null)
                println(out, "      Evidence: " + f.evidence().text());
            println(out, "      " + f.message());
            if (f.suggestion() != null) println(out, "      Try: " + f.suggestion());
        }
        if (shownFaults.size() < faults.size()) {
            println(
                    out,
                    "  (" + (faults.size() - shownFaults.size()) + " below "
                            + selection.minSeverity().label() + " not shown)");
        }
        List<Report.Item> shownStrengths =
                strengths.stream().filter(selection::shows).toList();
        if (!strengths.isEmpty()) println(out, "  Strengths (" + counted(strengths) + "):");
        for (Report.Item f : shownStrengths) {
            String time = Clock.of(f.time());
            println(
                    out,
                    String.format(
                            Locale.ROOT,
                            "  turn %d%s [%s] %s%s",
                            f.turn(),
                            time == null ? "" : " at " + time,
                            f.speaker(),
                            f.rule(),
                            f.quote() == null ? "" : "  \"" + f.quote() + "\""));
        }
        if (shownStrengths.size() < strengths.size()) {
            println(out, "  (" + (strengths.size() - shownStrengths.size()) + " not shown)");
        }
        out.println();
    }

    /** "3", or "3 counted, 1 waived or baselined": the count is of findings that count, as in every summary. */
    private static String counted(List<Report.Item> items) {
        long not = items.stream().filter(f -> !f.counts()).count();
        return (items.size() - not) + (not == 0 ? "" : " counted, " + not + " waived or baselined");
    }

    /** The few rules that cost most, with their rewrites: what a coach raises first. */
    private static void workOn(PrintWriter out, Report r) {
        List<WorkOn> top = r.workOn();
        if (top.isEmpty()) return;
        println(out, "  Work on first:");
        int n = 0;
        for (WorkOn w : top) {
            double c = Math.round(w.costs() * 10) / 10.0;
            String cost = w.critical() ? "fails the call" : "-" + num(c) + (c == 1 ? " point" : " points");
            println(
                    out,
                    String.format(
                            Locale.ROOT,
                            "    %d. %s (%s, %s): %s",
                            ++n,
                            w.rule(),
                            Totals.count(w.count(), "finding"),
                            cost,
                            w.message()));
            for (String t : w.suggestions()) println(out, "       Try: " + t);
        }
    }

    /**
     * Each category's score and what it took off the overall score, and the findings behind it: the score
     * is 100 minus the sum of these, unless a critical finding set it to 0.
     */
    private static void categories(PrintWriter out, Report r) {
        Score s = r.score();
        println(out, "  Categories (100 - points lost + earned back; x weight = taken off the score):");
        for (Score.CategoryScore c : s.categories()) {
            if (c.score() == null) {
                println(out, String.format(Locale.ROOT, "    %-26s   N/A  not applicable", c.name()));
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    %-26s %5.1f", c.name(), c.score()));
            if (c.findings() + c.strengths() > 0) {
                String points = (c.lost() > 0 ? "-" + num(c.lost()) : "")
                        + (c.earned() > 0 ? (c.lost() > 0 ? " +" : "+") + num(c.earned()) : "");
                line.append(String.format(
                        Locale.ROOT,
                        "  %-8s x%-4s = %6s  ",
                        points,
                        num(c.weight()),
                        c.costs() == 0 ? "0" : "-" + num(c.costs())));
                line.append(rules(r, c.id()));
            }
            println(out, line.toString().stripTrailing());
        }
        if (!s.notApplicable().isEmpty()) println(out, "    not applicable: " + String.join(", ", s.notApplicable()));
    }

    /** "3 findings (OWN-DEFLECT x3), 1 strength (CON-NAME-USED)" for a category. */
    private static String rules(Report r, String category) {
        java.util.Map<String, Integer> faults = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> strengths = new java.util.LinkedHashMap<>();
        for (Report.Item f : r.findings()) {
            if (category.equals(f.category())) (f.isStrength() ? strengths : faults).merge(f.rule(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        if (!faults.isEmpty())
            parts.add(Totals.count(faults.values().stream().mapToInt(i -> i).sum(), "finding") + " (" + names(faults)
                    + ")");
        if (!strengths.isEmpty())
            parts.add(Totals.count(strengths.values().stream().mapToInt(i -> i).sum(), "strength") + " ("
                    + names(strengths) + ")");
        return String.join(", ", parts);
    }

    private static String names(java.util.Map<String, Integer> counts) {
        List<String> out = new ArrayList<>();
        counts.forEach((rule, n) -> out.add(n == 1 ? rule : rule + " x" + n));
        return String.join(", ", out);
    }

    @Override
    public void end(PrintWriter out, Summary s) {
        out.println(Totals.line(s));
        out.flush();
    }

    /** Anything that makes this score less certain comes before the score: never guess silently. */
    private static void notes(PrintWriter out, Report.TranscriptInfo t) {
        if (t.timing() != null) t.timing().forEach(n -> println(out, "  timing: " + n));
        Roles roles = t.roles();
        if (roles != null && Roles.INFERRED.equals(roles.method())) {
            List<String> why = roles.evidence();
            println(
                    out,
                    String.format(
                            Locale.ROOT,
                            "  %sroles inferred (confidence %.2f)%s: %s",
                            roles.low() ? "WARNING: " : "",
                            roles.confidence(),
                            roles.agents().isEmpty()
                                    ? ""
                                    : ", agent is speaker \"" + String.join("\", \"", roles.agents()) + "\"",
                            String.join("; ", why.subList(0, Math.min(3, why.size())))
                                    + (why.size() > 3 ? "; ..." : "")));
            if (roles.low()) println(out, "  The agent may be the wrong speaker; name it with --agent LABEL.");
        } else if (roles != null && !roles.evidence().isEmpty()) {
            println(out, "  roles: " + String.join("; ", roles.evidence()));
        }
        if (t.encoding() != null) println(out, "  encoding: " + t.encoding());
    }

    /** The totals line, then, when the batch has more than one agent or team, a block per agent and per team. */
    @Override
    public void end(PrintWriter out, Summary s, Breakdown b) {
        if (b != null && b.hasGroups()) {
            Breakdown.View v = b.view();
            groups(out, "By agent", v.agents());
            groups(out, "By team", v.teams());
            out.println();
        }
        end(out, s);
    }

    private static void groups(PrintWriter out, String title, List<Breakdown.GroupView> groups) {
        println(out, title + ":");
        for (Breakdown.GroupView g : groups) {
            println(
                    out,
                    String.format(
                            Locale.ROOT,
                            "  %-24s %4d scored  mean %5.1f  passed %3.0f%%%s",
                            g.name(),
                            g.transcripts(),
                            g.meanScore(),
                            g.passRate(),
                            g.criticalFailures() == 0 ? "" : "  critical " + g.criticalFailures()));
            StringBuilder dist = new StringBuilder();
            g.distribution().forEach((k, n) -> {
                if (n > 0)
                    dist.append(dist.length() == 0 ? "" : ", ")
                            .append(k)
                            .append(": ")
                            .append(n);
            });
            println(out, "      scores  " + dist);
            if (!g.topFindings().isEmpty()) {
                println(
                        out,
                        "      most frequent  "
                                + String.join(
                                        ", ",
                                        g.topFindings().stream()
                                                .map(rc -> rc.rule() + " x" + rc.count())
                                                .toList()));
            }
            List<Breakdown.Trend> trend = g.byDate() != null && g.byDate().size() <= 7 ? g.byDate() : g.byWeek();
            if (trend != null && trend.size() > 1) {
                println(
                        out,
                        "      trend  "
                                + String.join(
                                        ", ",
                                        trend.stream()
                                                .map(t -> String.format(
                                                        Locale.ROOT,
                                                        "%s %.1f (%d)",
                                                        t.period(),
                                                        t.meanScore(),
                                                        t.transcripts()))
                                                .toList()));
            }
        }
    }

    private static String headline(Report.TranscriptInfo t) {
        List<String> parts = new ArrayList<>();
        parts.add(t.channel() + " " + t.id());
        Metadata m = t.metadata();
        if (m.agent() != null) parts.add("agent " + m.agent());
        if (m.team() != null) parts.add("team " + m.team());
        if (m.date() != null) parts.add(m.date());
        return "  (" + String.join(", ", parts) + ")";
    }

    /** One line of the report; whatever a transcript put in it is shown, never obeyed by the terminal. */
    private static void println(PrintWriter out, String line) {
        out.println(SafeText.terminal(line));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
