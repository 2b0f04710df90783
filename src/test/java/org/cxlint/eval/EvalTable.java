package org.cxlint.eval;

import java.util.Locale;
import java.util.Map;

/** Renders an {@link EvalResult} as the plain-text table the eval README shows. */
public final class EvalTable {
    private EvalTable() {}

    public static String render(EvalResult r, boolean details) {
        StringBuilder b = new StringBuilder();
        b.append("cxlint evaluation: ").append(r.turns()).append(" labelled agent turns\n");
        b.append("(unit: conversation x agent turn x family; a \"strength\" finding honours, any other severity breaks)\n");
        b.append("(not evaluated, conversation-level: " + String.join(", ", new java.util.TreeSet<>(Evaluation.NOT_LABELLED)) + ")\n\n");
        for (Polarity p : Polarity.values()) {
            b.append(p == Polarity.BREAKS ? "BREAKS (violations)\n" : "HONOURS (strengths)\n");
            b.append(String.format(Locale.ROOT, "%-18s %8s %8s %5s %10s %7s%n", "family", "labelled", "flagged", "tp",
                    "precision", "recall"));
            for (Map.Entry<String, Counts> e : r.counts().get(p).entrySet()) row(b, e.getKey(), e.getValue());
            row(b, "overall", r.total(p));
            b.append('\n');
        }
        b.append("false positives (flagged, not labelled): ").append(r.falsePositives().size()).append('\n');
        for (Flag f : r.falsePositives()) {
            b.append("  ").append(f.key()).append("  [").append(f.rule()).append(']');
            if (f.quote() != null) b.append(" \"").append(f.quote()).append('"');
            b.append('\n');
        }
        b.append("misses (labelled, not flagged): ").append(r.misses().size());
        if (details) {
            b.append('\n');
            for (Key k : r.misses()) b.append("  ").append(k).append('\n');
        } else {
            b.append(" (list them with -Deval.details=true)\n");
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String family, Counts c) {
        b.append(String.format(Locale.ROOT, "%-18s %8d %8d %5d %10s %7s%n", family, c.labelled(), c.flagged(),
                c.truePositives(), pct(c.precision()), pct(c.recall())));
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
