package org.cxlint.report;

import org.cxlint.result.Report;
import org.cxlint.rules.Severity;

/**
 * What a report for people shows ({@code --min-severity}, {@code --failing-only}, {@code --quiet}): only a
 * view. Scores, counts, the summary, exit codes and machine formats never depend on it.
 *
 * @param minSeverity findings less severe than this are not listed (strengths rank below info); null lists all
 * @param failingOnly only transcripts that failed (score below the pass mark or a critical finding) or that a
 *                    gate rejected are shown
 * @param quiet       no transcript is shown, only the totals and the per-agent and per-team summary
 */
public record Selection(Severity minSeverity, boolean failingOnly, boolean quiet) {
    public static final Selection ALL = new Selection(null, false, false);

    public boolean shows(Report r) {
        if (quiet) return false;
        return !failingOnly
                || !r.score().pass()
                || r.verdict() != null && r.verdict().failed();
    }

    public boolean shows(Report.Item f) {
        return minSeverity == null || f.severity().ordinal() <= minSeverity.ordinal();
    }
}
