package org.cxlint.eval;

/** One line of an evaluation table: a behaviour, a rule, a family or a total, with its rates and intervals. */
public record Row(
        String name,
        String polarity,
        String family,
        String level,
        int labelled,
        int flagged,
        int correct,
        Double precision,
        Wilson precisionInterval,
        Double recall,
        Wilson recallInterval) {
    static Row of(String name, String polarity, String family, String level, Counts c) {
        return new Row(
                name,
                polarity,
                family,
                level,
                c.labelled(),
                c.flagged(),
                c.correct(),
                c.precision(),
                c.precisionInterval(),
                c.recall(),
                c.recallInterval());
    }
}
