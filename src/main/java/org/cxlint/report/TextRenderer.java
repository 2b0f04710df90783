package org.cxlint.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlint.model.Metadata;
import org.cxlint.model.Roles;
import org.cxlint.rules.Severity;
import org.cxlint.score.Score;

/** The report a person reads: score, category scores, and each finding with its quote and a suggested rewrite. */
public final class TextRenderer implements Renderer {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public void report(PrintWriter out, Report r) {
        println(out, r.transcript().source() + headline(r.transcript()));
        notes(out, r.transcript());
        Score s = r.score();
        String verdict = s.criticalFailure() ? "FAIL (critical finding)" : s.pass() ? "PASS" : "FAIL";
        println(out, String.format(Locale.ROOT, "  Score %.1f/100  %s (pass mark %s)", s.overall(), verdict, num(s.passMark())));
        for (Score.CategoryScore c : s.categories()) {
            String score = c.score() == null ? "  N/A" : String.format(Locale.ROOT, "%5.1f", c.score());
            String line = String.format(Locale.ROOT, "    %-26s %s  %s%s", c.name(), score, count(c.findings(), "finding"),
                    c.strengths() == 0 ? "" : (c.findings() == 0 ? "" : ", ") + count(c.strengths(), "strength"));
            println(out, line.stripTrailing());
        }
        if (!s.notApplicable().isEmpty()) println(out, "    not applicable: " + String.join(", ", s.notApplicable()));
        Verdict v = r.verdict();
        if (v != null) {
            String counted = v.score() == s.overall() ? "" : String.format(Locale.ROOT, " (score %.1f without waived or baselined findings)", v.score());
            println(out, "  Check " + (v.failed() ? "FAILED" : "passed") + (v.suite() == null ? "" : " [" + v.suite() + "]") + counted);
            v.failures().forEach(f -> println(out, "    - " + f));
            v.notes().forEach(n -> println(out, "    note: " + n));
        }
        List<Report.Item> faults = r.findings().stream().filter(f -> f.severity() != Severity.STRENGTH).toList();
        List<Report.Item> strengths = r.findings().stream().filter(f -> f.severity() == Severity.STRENGTH).toList();
        println(out, faults.isEmpty() ? "  No findings." : "  Findings:");
        for (Report.Item f : faults) {
            println(out, String.format(Locale.ROOT, "  turn %d%s [%s] %s %s%s%s", f.turn(), f.column() == null ? "" : ":" + f.column(),
                    f.speaker(), f.severity().label(), f.rule(), f.quote() == null ? "" : "  \"" + f.quote() + "\"",
                    f.status() == null ? "" : "  (" + f.status() + ")"));
            if (f.note() != null) println(out, "      " + (f.status() == null ? "Note: " : "Why " + f.status() + ": ") + f.note());
            println(out, "      " + f.message());
            if (f.suggestion() != null) println(out, "      Try: " + f.suggestion());
        }
        if (!strengths.isEmpty()) println(out, "  Strengths:");
        for (Report.Item f : strengths) {
            println(out, String.format(Locale.ROOT, "  turn %d [%s] %s%s", f.turn(), f.speaker(), f.rule(),
                    f.quote() == null ? "" : "  \"" + f.quote() + "\""));
        }
        out.println();
    }

    @Override
    public void end(PrintWriter out, Summary s) {
        out.printf(Locale.ROOT, "%d %s: %d scored, %d could not be read.", s.files(), s.files() == 1 ? "file" : "files",
                s.scored(), s.failed());
        if (s.skipped() != null) out.printf(Locale.ROOT, " %d skipped (not transcripts).", s.skipped());
        if (s.meanScore() != null) {
            out.printf(Locale.ROOT, " Mean score %.1f; %d passed, %d failed; %d findings.", s.meanScore(), s.passed(),
                    s.scored() - s.passed(), s.findings());
        }
        if (s.gateFailures() != null) {
            out.printf(Locale.ROOT, " Check: %d of %d failed.", s.gateFailures(), s.scored());
        }
        out.println();
        out.flush();
    }

    /** Anything that makes this score less certain comes before the score: never guess silently. */
    private static void notes(PrintWriter out, Report.TranscriptInfo t) {
        if (t.timing() != null) t.timing().forEach(n -> println(out, "  timing: " + n));
        Roles roles = t.roles();
        if (roles != null && Roles.INFERRED.equals(roles.method())) {
            List<String> why = roles.evidence();
            println(out, String.format(Locale.ROOT, "  %sroles inferred (confidence %.2f)%s: %s", roles.low() ? "WARNING: " : "",
                    roles.confidence(), roles.agents().isEmpty() ? ""
                            : ", agent is speaker \"" + String.join("\", \"", roles.agents()) + "\"",
                    String.join("; ", why.subList(0, Math.min(3, why.size()))) + (why.size() > 3 ? "; ..." : "")));
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
            println(out, String.format(Locale.ROOT, "  %-24s %4d scored  mean %5.1f  passed %3.0f%%%s", g.name(), g.transcripts(),
                    g.meanScore(), g.passRate(), g.criticalFailures() == 0 ? "" : "  critical " + g.criticalFailures()));
            StringBuilder dist = new StringBuilder();
            g.distribution().forEach((k, n) -> {
                if (n > 0) dist.append(dist.length() == 0 ? "" : ", ").append(k).append(": ").append(n);
            });
            println(out, "      scores  " + dist);
            if (!g.topFindings().isEmpty()) {
                println(out, "      most frequent  " + String.join(", ", g.topFindings().stream()
                        .map(rc -> rc.rule() + " x" + rc.count()).toList()));
            }
            List<Breakdown.Trend> trend = g.byDate() != null && g.byDate().size() <= 7 ? g.byDate() : g.byWeek();
            if (trend != null && trend.size() > 1) {
                println(out, "      trend  " + String.join(", ", trend.stream()
                        .map(t -> String.format(Locale.ROOT, "%s %.1f (%d)", t.period(), t.meanScore(), t.transcripts())).toList()));
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

    private static String count(int n, String what) {
        return n == 0 ? "" : n + " " + what + (n == 1 ? "" : "s");
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
