package org.cxlint.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Totals over a run; {@code meanScore} is null when nothing was scored. {@code gateFailures} counts the
 * transcripts a CI gate (thresholds, expectations) rejected; null when no gate was asked for.
 * {@code skipped} counts files of a scanned folder that no known format recognised (counted in {@code files},
 * neither scored nor errors); null when none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(int files, int scored, int failed, int passed, Double meanScore, int findings, Integer gateFailures,
                      Integer skipped) {
    public Summary(int files, int scored, int failed, int passed, Double meanScore, int findings) {
        this(files, scored, failed, passed, meanScore, findings, null, null);
    }

    public Summary(int files, int scored, int failed, int passed, Double meanScore, int findings, Integer gateFailures) {
        this(files, scored, failed, passed, meanScore, findings, gateFailures, null);
    }
}
