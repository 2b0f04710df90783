package org.cxlint.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxlint.result.Breakdown;
import org.owasp.encoder.Encode;

/**
 * The index's charts as inline SVG (no script, no image file): the score distribution, the most frequent
 * findings and each agent's mean score by ISO week. Each has a title and a description that says in words
 * what it draws, for screen readers and for anyone who wants the numbers.
 */
final class Charts {
    private Charts() {}

    /** Agents drawn in the trend; the rest are in the per-agent table below it. */
    static final int MAX_TREND_AGENTS = 24;

    static final int TOP_RULES = 10;

    /** Transcripts per ten points of score, the pass mark as a dashed line. */
    static String histogram(List<IndexRow> rows, double passMark) {
        int[] bins = new int[10];
        for (IndexRow r : rows) bins[Math.min(9, (int) Math.floor(r.score() / 10))]++;
        int most = 1;
        for (int b : bins) most = Math.max(most, b);
        int w = 360, h = 170, left = 34, top = 14, bottom = 24, plotW = w - left - 16, plotH = h - top - bottom;
        StringBuilder desc = new StringBuilder();
        StringBuilder svg = new StringBuilder();
        double bw = plotW / 10.0;
        for (int i = 0; i < 10; i++) {
            String range = i * 10 + "-" + (i == 9 ? 100 : i * 10 + 9);
            desc.append(i == 0 ? "" : "; ").append(range).append(": ").append(bins[i]);
            double bh = bins[i] * (double) plotH / most;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %d</title></rect>",
                    (i + 1) * 10 <= passMark ? "below" : "above",
                    left + i * bw + 1,
                    top + plotH - bh,
                    bw - 2,
                    bh,
                    range,
                    bins[i]));
            if (bins[i] > 0) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<text class=\"count\" x=\"%.1f\" y=\"%.1f\">%d</text>",
                        left + i * bw + bw / 2,
                        top + plotH - bh - 2,
                        bins[i]));
            }
        }
        for (int i = 0; i <= 10; i += 2) {
            svg.append(String.format(
                    Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\">%d</text>", left + i * bw, h - 8, i * 10));
        }
        double px = left + passMark / 10 * bw;
        svg.append(String.format(
                Locale.ROOT,
                "<line class=\"mark\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>",
                px,
                px,
                top - 4,
                top + plotH));
        svg.append(String.format(
                Locale.ROOT,
                "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>",
                left,
                left + plotW,
                top + plotH,
                top + plotH));
        svg.append(String.format(
                Locale.ROOT, "<text class=\"tick y\" x=\"%d\" y=\"%d\">%d</text>", left - 4, top + 4, most));
        return figure(
                "chart-scores",
                "Score distribution",
                "Transcripts per score band, pass mark " + num(passMark) + ": " + desc,
                w,
                h,
                svg.toString());
    }

    /** The most frequent faults (counted findings) in the batch, coloured by severity. */
    static String topFindings(Map<String, Integer> counts, Map<String, String> severity) {
        List<Map.Entry<String, Integer>> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_RULES)
                .toList();
        if (top.isEmpty()) return "";
        int most = top.get(0).getValue();
        int row = 17, left = 150, w = 360, h = top.size() * row + 8, plotW = w - left - 40;
        StringBuilder desc = new StringBuilder();
        StringBuilder svg = new StringBuilder();
        for (int i = 0; i < top.size(); i++) {
            String rule = top.get(i).getKey();
            int n = top.get(i).getValue();
            desc.append(i == 0 ? "" : "; ").append(rule).append(": ").append(n);
            double bw = Math.max(1, n * (double) plotW / most);
            int y = 4 + i * row;
            svg.append(String.format(
                    Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\">%s</text>", left - 6, y + 12, x(rule)));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"sev-%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>%s: %d</title></rect>",
                    attr(severity.getOrDefault(rule, "info")),
                    left,
                    y + 2,
                    bw,
                    row - 5,
                    x(rule),
                    n));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"count after\" x=\"%.1f\" y=\"%d\">%d</text>",
                    left + bw + 4,
                    y + 12,
                    n));
        }
        return figure(
                "chart-rules",
                "Most frequent findings",
                "Counted findings per rule, most frequent first: " + desc,
                w,
                h,
                svg.toString());
    }

    /**
     * One small chart per agent (most transcripts first), every agent on the same weeks and the same scale: from
     * the lowest weekly mean (or ten below the pass mark), in tens, to 100, so week-to-week moves stay visible.
     */
    static String trend(Breakdown.View view, double passMark) {
        List<Breakdown.Trend> allWeeks = view.overall().byWeek();
        if (allWeeks == null || allWeeks.isEmpty()) return "";
        List<String> weeks = allWeeks.stream().map(Breakdown.Trend::period).toList();
        List<Breakdown.GroupView> agents = new ArrayList<>(view.agents());
        agents.removeIf(a -> a.byWeek() == null);
        agents.sort((a, b) -> a.transcripts() != b.transcripts()
                ? b.transcripts() - a.transcripts()
                : a.name().compareTo(b.name()));
        List<Breakdown.GroupView> drawn = agents.subList(0, Math.min(MAX_TREND_AGENTS, agents.size()));
        double lowest = passMark - 10;
        for (Breakdown.GroupView a : drawn)
            for (Breakdown.Trend t : a.byWeek()) lowest = Math.min(lowest, t.meanScore());
        double lo = Math.max(0, Math.min(90, Math.floor(lowest / 10) * 10));
        StringBuilder out = new StringBuilder();
        out.append("<section class=\"trend\" id=\"trend\"><h2>Mean score by week, per agent</h2>\n");
        out.append("<p class=\"hint\">ISO weeks ")
                .append(x(weeks.get(0)))
                .append(" to ")
                .append(x(weeks.get(weeks.size() - 1)))
                .append(", scores ")
                .append(num(lo))
                .append(" to 100; the dashed line is the pass mark (")
                .append(num(passMark))
                .append("). The numbers are in the table below.</p>\n");
        out.append("<div class=\"multiples\">\n");
        int w = 220, h = 82, left = 22, top = 24, plotW = w - left - 6, plotH = h - top - 8;
        for (int k = 0; k < drawn.size(); k++) {
            Breakdown.GroupView a = drawn.get(k);
            StringBuilder desc = new StringBuilder();
            StringBuilder svg = new StringBuilder();
            StringBuilder line = new StringBuilder();
            double py = top + plotH * (100 - passMark) / (100 - lo);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"mark\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    left,
                    left + plotW,
                    py,
                    py));
            svg.append(String.format(Locale.ROOT, "<text class=\"name\" x=\"4\" y=\"12\">%s</text>", x(a.name())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"tick y\" x=\"%d\" y=\"%d\">100</text><text class=\"tick y\" x=\"%d\" y=\"%d\">%s</text>",
                    left - 3,
                    top + 4,
                    left - 3,
                    top + plotH + 2,
                    num(lo)));
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>",
                    left,
                    left,
                    top,
                    top + plotH));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"mean\" x=\"%d\" y=\"12\">%s</text>",
                    w - 6,
                    a.meanScore() == null ? "" : String.format(Locale.ROOT, "%.1f", a.meanScore())));
            StringBuilder dots = new StringBuilder();
            for (Breakdown.Trend t : a.byWeek()) {
                int i = weeks.indexOf(t.period());
                double cx = weeks.size() == 1 ? left + plotW / 2.0 : left + i * (double) plotW / (weeks.size() - 1);
                double cy = top + plotH * (100 - t.meanScore()) / (100 - lo);
                line.append(line.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", cx, cy));
                String what =
                        String.format(Locale.ROOT, "%s: mean %.1f over %d", t.period(), t.meanScore(), t.transcripts());
                desc.append(desc.length() == 0 ? "" : "; ").append(what);
                dots.append(String.format(
                        Locale.ROOT,
                        "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\"><title>%s</title></circle>",
                        t.meanScore() >= passMark ? "above" : "below",
                        cx,
                        cy,
                        x(what)));
            }
            svg.append("<polyline points=\"").append(line).append("\"/>").append(dots);
            out.append(figure(
                            "chart-agent-" + (k + 1),
                            a.name(),
                            a.name() + ", mean score by week: " + desc,
                            w,
                            h,
                            svg.toString()))
                    .append('\n');
        }
        out.append("</div>\n");
        if (agents.size() > MAX_TREND_AGENTS) {
            out.append("<p class=\"hint\">")
                    .append(agents.size() - MAX_TREND_AGENTS)
                    .append(" more agents with fewer transcripts are in the table below.</p>\n");
        }
        return out.append("</section>\n").toString();
    }

    /** An SVG with its title and description wired up for assistive technology, in a captioned figure. */
    private static String figure(String id, String title, String description, int w, int h, String body) {
        String key = id;
        return "<figure class=\"chart\" id=\"" + id + "\"><figcaption>" + x(title) + "</figcaption>"
                + String.format(
                        Locale.ROOT,
                        "<svg role=\"img\" aria-labelledby=\"%s-t %s-d\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
                        attr(key),
                        attr(key),
                        w,
                        h,
                        w,
                        h)
                + "<title id=\"" + attr(key) + "-t\">" + x(title) + "</title><desc id=\"" + attr(key) + "-d\">"
                + x(description) + "</desc>"
                + body + "</svg></figure>";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String x(String s) {
        return s == null ? "" : Encode.forHtml(s);
    }

    private static String attr(String s) {
        return Encode.forHtmlAttribute(s);
    }
}
