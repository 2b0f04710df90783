package org.cxlint.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Totals over a run, in the one vocabulary every format uses: {@code errors} are inputs (files or records)
 * that could not be read or scored; of the transcripts scored, {@code passed} reached the pass mark and
 * {@code failed} did not (or a critical finding failed them). {@code findings} are faults and
 * {@code strengths} strengths, both only those that count; {@code notCounted} are waived or baselined
 * findings. {@code meanScore} is null when nothing was scored; {@code gateFailures} counts the transcripts a
 * CI gate (thresholds, expectations) rejected, null when no gate was asked for. {@code skipped} counts files of
 * a scanned folder that no known format recognised (counted in {@code files}, neither scored nor errors); null
 * when none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "files",
    "scored",
    "errors",
    "passed",
    "failed",
    "meanScore",
    "findings",
    "strengths",
    "notCounted",
    "gateFailures",
    "skipped"
})
public record Summary(
        int files,
        int scored,
        int errors,
        int passed,
        int failed,
        Double meanScore,
        int findings,
        int strengths,
        int notCounted,
        Integer gateFailures,
        Integer skipped) {
    public Summary(
            int files,
            int scored,
            int errors,
            int passed,
            int failed,
            Double meanScore,
            int findings,
            int strengths,
            int notCounted,
            Integer gateFailures) {
        this(files, scored, errors, passed, failed, meanScore, findings, strengths, notCounted, gateFailures, null);
    }
}
