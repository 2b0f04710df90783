package org.cxlint.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Totals over a run; {@code meanScore} is null when nothing was scored. {@code gateFailures} counts the
 * transcripts a CI gate (thresholds, expectations) rejected; null when no gate was asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(int files, int scored, int failed, int passed, Double meanScore, int findings, Integer gateFailures) {
    public Summary(int files, int scored, int failed, int passed, Double meanScore, int findings) {
        this(files, scored, failed, passed, meanScore, findings, null);
    }
}
