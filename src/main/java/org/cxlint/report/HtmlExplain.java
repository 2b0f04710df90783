package org.cxlint.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxlint.result.Clock;
import org.cxlint.result.Report;
import org.cxlint.result.WorkOn;
import org.cxlint.score.Score;
import org.owasp.encoder.Encode;

/**
 * The parts of a call page that explain the score: "work on first" at the top, and under the category bars
 * how each category's points were lost and what they took off the overall score. Every string that comes
 * from a transcript or rule file is escaped.
 */
final class HtmlExplain {
    private HtmlExplain() {}

    /** The few rules that cost most, each with its rewrites and links to its findings on the page. */
    static void workOn(PrintWriter w, Report r) {
        List<WorkOn> top = r.workOn();
        if (top.isEmpty()) return;
        w.println("<section class=\"work-on\" aria-label=\"Work on first\"><h2>Work on first</h2><ol>");
        for (WorkOn item : top) {
            double c = Math.round(item.costs() * 10) / 10.0;
            String cost = item.critical() ? "fails the call" : "−" + num(c) + (c == 1 ? " point" : " points");
            w.printf(
                    Locale.ROOT,
                    "<li><p><span class=\"rule\">%s</span> <span class=\"cost\">%s</span> · %s: %s</p>%n",
                    h(item.rule()),
                    h(cost),
                    h(Totals.count(item.count(), "finding")),
                    links(r, item.findings()));
            w.println("<p class=\"message\">" + h(item.message()) + "</p>");
            for (String s : item.suggestions())
                w.println("<p class=\"rewrite\"><span class=\"try\">Try:</span> " + h(s) + "</p>");
            w.println("</li>");
        }
        w.println("</ol></section>");
    }

    /** "turn 7 (00:25), turn 9 (00:36)" as links to the findings' notes. */
    private static String links(Report r, List<Integer> findings) {
        List<String> out = new ArrayList<>();
        for (int n : findings) {
            Report.Item f = r.findings().get(n - 1);
            String time = Clock.of(f.time());
            out.add("<a href=\"#finding-" + n + "\">turn " + f.turn() + (time == null ? "" : " (" + h(time) + ")")
                    + "</a>");
        }
        return String.join(", ", out);
    }

    /** The arithmetic of one category, for its bar: "−30 × 1.5 = −45 · OWN-DEFLECT ×3". */
    static String category(Report r, Score.CategoryScore c) {
        if (c.score() == null) return "not applicable";
        if (c.findings() + c.strengths() == 0) return "";
        String points = (c.lost() > 0 ? "−" + num(c.lost()) : "")
                + (c.earned() > 0 ? (c.lost() > 0 ? " +" : "+") + num(c.earned()) : "");
        String costs = c.costs() == 0 ? "0" : "−" + num(c.costs());
        Map<String, Integer> rules = new LinkedHashMap<>();
        for (Report.Item f : r.findings()) if (c.id().equals(f.category())) rules.merge(f.rule(), 1, Integer::sum);
        List<String> names = new ArrayList<>();
        rules.forEach((rule, n) -> names.add(n == 1 ? rule : rule + " ×" + n));
        return points + " × " + num(c.weight()) + " = " + costs + " · " + String.join(", ", names);
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String h(String s) {
        return s == null ? "" : Encode.forHtml(s);
    }
}
