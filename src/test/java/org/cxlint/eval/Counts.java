package org.cxlint.eval;

/** Labelled positives, rule flags and their overlap for one family and polarity. */
public record Counts(int labelled, int flagged, int truePositives) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(labelled + o.labelled, flagged + o.flagged, truePositives + o.truePositives);
    }

    /** NaN when nothing was flagged: precision is undefined, not zero. */
    public double precision() {
        return flagged == 0 ? Double.NaN : (double) truePositives / flagged;
    }

    public double recall() {
        return labelled == 0 ? Double.NaN : (double) truePositives / labelled;
    }
}
