package org.cxlint.eval;

import java.util.List;
import java.util.Locale;

/** The evaluation as text tables for a person: totals, families, behaviours, rules, then every disagreement. */
public final class EvalText {
    private static final int TEXT_WIDTH = 160;

    private EvalText() {}

    public static String render(EvalResult r, boolean withDisagreements) {
        StringBuilder b = new StringBuilder();
        b.append("Labels: ")
                .append(r.labels())
                .append(": ")
                .append(r.turns())
                .append(" agent turns in ")
                .append(r.conversations())
                .append(" conversations\n");
        b.append(
                "Precision = correct / flagged, recall = correct / labelled; [low-high] is the Wilson 95% interval.\n\n");
        table(b, "TOTAL", r.totals(), false);
        table(b, "FAMILY", r.families(), false);
        table(b, "BEHAVIOUR", r.behaviours(), true);
        table(b, "RULE", r.rules(), true);
        if (!r.notEvaluated().isEmpty()) {
            b.append("Fired, but no behaviour maps to them (not evaluated): ")
                    .append(String.join(", ", r.notEvaluated()))
                    .append("\n\n");
        }
        if (!r.problems().isEmpty()) {
            b.append("Labels not compared (").append(r.problems().size()).append("):\n");
            r.problems().forEach(p -> b.append("  ").append(p).append('\n'));
            b.append('\n');
        }
        if (withDisagreements) {
            b.append("Disagreements (").append(r.disagreements().size()).append("):\n");
            for (Disagreement d : r.disagreements()) {
                b.append(String.format(
                        Locale.ROOT,
                        "  %-14s %-20s %s%s%s%s: %s%n",
                        d.kind(),
                        d.behaviour(),
                        d.source() == null ? "" : d.source() + "#",
                        d.conversation(),
                        d.turn() == null ? "" : " turn " + d.turn(),
                        d.rule() == null ? "" : " " + d.rule() + (d.quote() == null ? "" : " \"" + d.quote() + "\""),
                        shorten(d.text())));
            }
        }
        return b.toString();
    }

    private static void table(StringBuilder b, String title, List<Row> rows, boolean withLevel) {
        b.append(String.format(
                Locale.ROOT,
                "%-22s %-9s %-17s%s %8s %7s %7s  %-9s %-11s  %-6s %-11s%n",
                title,
                "POLARITY",
                "FAMILY",
                withLevel ? " LEVEL       " : "",
                "LABELLED",
                "FLAGGED",
                "CORRECT",
                "PRECISION",
                "95% CI",
                "RECALL",
                "95% CI"));
        for (Row r : rows) {
            if (r.labelled() == 0 && r.flagged() == 0) continue;
            b.append(String.format(
                    Locale.ROOT,
                    "%-22s %-9s %-17s%s %8d %7d %7d  %-9s %-11s  %-6s %-11s%n",
                    r.name(),
                    r.polarity(),
                    r.family() == null ? "-" : r.family(),
                    withLevel ? String.format(Locale.ROOT, " %-12s", r.level()) : "",
                    r.labelled(),
                    r.flagged(),
                    r.correct(),
                    rate(r.precision()),
                    interval(r.precisionInterval()),
                    rate(r.recall()),
                    interval(r.recallInterval())));
        }
        b.append('\n');
    }

    static String rate(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }

    static String interval(Wilson w) {
        return w == null ? "-" : String.format(Locale.ROOT, "[%.2f-%.2f]", w.low(), w.high());
    }

    private static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ");
        return t.length() <= TEXT_WIDTH ? t : t.substring(0, TEXT_WIDTH - 3) + "...";
    }
}
