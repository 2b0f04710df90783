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
        out.println(r.transcript().source() + headline(r.transcript()));
        notes(out, r.transcript());
        Score s = r.score();
        String verdict = s.criticalFailure() ? "FAIL (critical finding)" : s.pass() ? "PASS" : "FAIL";
        out.printf(Locale.ROOT, "  Score %.1f/100  %s (pass mark %s)%n", s.overall(), verdict, num(s.passMark()));
        for (Score.CategoryScore c : s.categories()) {
            String score = c.score() == null ? "  N/A" : String.format(Locale.ROOT, "%5.1f", c.score());
            String line = String.format(Locale.ROOT, "    %-26s %s  %s%s", c.name(), score, count(c.findings(), "finding"),
                    c.strengths() == 0 ? "" : (c.findings() == 0 ? "" : ", ") + count(c.strengths(), "strength"));
            out.println(line.stripTrailing());
        }
        if (!s.notApplicable().isEmpty()) out.println("    not applicable: " + String.join(", ", s.notApplicable()));
        Verdict v = r.verdict();
        if (v != null) {
            String counted = v.score() == s.overall() ? "" : String.format(Locale.ROOT, " (score %.1f without waived or baselined findings)", v.score());
            out.println("  Check " + (v.failed() ? "FAILED" : "passed") + (v.suite() == null ? "" : " [" + v.suite() + "]") + counted);
            v.failures().forEach(f -> out.println("    - " + f));
            v.notes().forEach(n -> out.println("    note: " + n));
        }
        List<Report.Item> faults = r.findings().stream().filter(f -> f.severity() != Severity.STRENGTH).toList();
        List<Report.Item> strengths = r.findings().stream().filter(f -> f.severity() == Severity.STRENGTH).toList();
        out.println(faults.isEmpty() ? "  No findings." : "  Findings:");
        for (Report.Item f : faults) {
            out.printf(Locale.ROOT, "  turn %d%s [%s] %s %s%s%s%n", f.turn(), f.column() == null ? "" : ":" + f.column(),
                    f.speaker(), f.severity().label(), f.rule(), f.quote() == null ? "" : "  \"" + f.quote() + "\"",
                    f.status() == null ? "" : "  (" + f.status() + ")");
            if (f.note() != null) out.println("      " + (f.status() == null ? "Note: " : "Why " + f.status() + ": ") + f.note());
            out.println("      " + f.message());
            if (f.suggestion() != null) out.println("      Try: " + f.suggestion());
        }
        if (!strengths.isEmpty()) out.println("  Strengths:");
        for (Report.Item f : strengths) {
            out.printf(Locale.ROOT, "  turn %d [%s] %s%s%n", f.turn(), f.speaker(), f.rule(),
                    f.quote() == null ? "" : "  \"" + f.quote() + "\"");
        }
        out.println();
    }

    @Override
    public void end(PrintWriter out, Summary s) {
        out.printf(Locale.ROOT, "%d %s: %d scored, %d could not be read.", s.files(), s.files() == 1 ? "file" : "files",
                s.scored(), s.failed());
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
        Roles roles = t.roles();
        if (roles != null && Roles.INFERRED.equals(roles.method())) {
            List<String> why = roles.evidence();
            out.printf(Locale.ROOT, "  %sroles inferred (confidence %.2f)%s: %s%n", roles.low() ? "WARNING: " : "",
                    roles.confidence(), roles.agents().isEmpty() ? ""
                            : ", agent is speaker \"" + String.join("\", \"", roles.agents()) + "\"",
                    String.join("; ", why.subList(0, Math.min(3, why.size()))) + (why.size() > 3 ? "; ..." : ""));
            if (roles.low()) out.println("  The agent may be the wrong speaker; name it with --agent LABEL.");
        } else if (roles != null && !roles.evidence().isEmpty()) {
            out.println("  roles: " + String.join("; ", roles.evidence()));
        }
        if (t.encoding() != null) out.println("  encoding: " + t.encoding());
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
        out.println(title + ":");
        for (Breakdown.GroupView g : groups) {
            out.printf(Locale.ROOT, "  %-24s %4d scored  mean %5.1f  passed %3.0f%%%s%n", g.name(), g.transcripts(),
                    g.meanScore(), g.passRate(), g.criticalFailures() == 0 ? "" : "  critical " + g.criticalFailures());
            StringBuilder dist = new StringBuilder();
            g.distribution().forEach((k, n) -> {
                if (n > 0) dist.append(dist.length() == 0 ? "" : ", ").append(k).append(": ").append(n);
            });
            out.println("      scores  " + dist);
            if (!g.topFindings().isEmpty()) {
                out.println("      most frequent  " + String.join(", ", g.topFindings().stream()
                        .map(rc -> rc.rule() + " x" + rc.count()).toList()));
            }
            List<Breakdown.Trend> trend = g.byDate() != null && g.byDate().size() <= 7 ? g.byDate() : g.byWeek();
            if (trend != null && trend.size() > 1) {
                out.println("      trend  " + String.join(", ", trend.stream()
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

    private static String count(int n, String what) {
        return n == 0 ? "" : n + " " + what + (n == 1 ? "" : "s");
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
