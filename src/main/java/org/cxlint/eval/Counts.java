package org.cxlint.eval;

/** Units a reviewer labelled, units the rules flagged, and units both agree on, with their rates. */
public record Counts(int labelled, int flagged, int correct) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(labelled + o.labelled, flagged + o.flagged, correct + o.correct);
    }

    /** Null when nothing was flagged: precision is undefined then, not zero. */
    public Double precision() {
        return flagged == 0 ? null : (double) correct / flagged;
    }

    public Double recall() {
        return labelled == 0 ? null : (double) correct / labelled;
    }

    public Wilson precisionInterval() {
        return Wilson.of(correct, flagged);
    }

    public Wilson recallInterval() {
        return Wilson.of(correct, labelled);
    }
}
