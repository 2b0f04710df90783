package org.cxlint.report;

import java.util.Locale;
import org.cxlint.result.Summary;

/** The run's totals in words, the same in every report for people. */
public final class Totals {
    private Totals() {}

    /**
     * "19 files: 21 transcripts scored, 0 errors. Mean score 92.0; 19 passed, 2 failed; 52 findings, 38 strengths."
     * then, when a gate ran, "Check: 1 of 21 rejected."
     */
    public static String line(Summary s) {
        StringBuilder b = new StringBuilder(String.format(
                Locale.ROOT,
                "%s: %s scored, %s.",
                count(s.files(), "file"),
                count(s.scored(), "transcript"),
                count(s.errors(), "error") + (s.errors() == 0 ? "" : " (could not be read or scored)")));
        if (s.skipped() != null) b.append(String.format(Locale.ROOT, " %d skipped (not transcripts).", s.skipped()));
        if (s.meanScore() != null) {
            b.append(String.format(
                    Locale.ROOT,
                    " Mean score %.1f; %d passed, %d failed; %s, %s.",
                    s.meanScore(),
                    s.passed(),
                    s.failed(),
                    count(s.findings(), "finding"),
                    count(s.strengths(), "strength")));
        }
        if (s.notCounted() > 0)
            b.append(" ").append(count(s.notCounted(), "finding")).append(" not counted (waived or baselined).");
        if (s.gateFailures() != null)
            b.append(String.format(Locale.ROOT, " Check: %d of %d rejected.", s.gateFailures(), s.scored()));
        return b.toString();
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
