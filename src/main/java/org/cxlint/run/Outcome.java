package org.cxlint.run;

import org.cxlint.model.Transcript;
import org.cxlint.result.InputError;
import org.cxlint.result.Report;

/**
 * What one input came to: a transcript and its report, or the input's error row (never both).
 * {@code skipped} marks a file of a scanned folder that no known format recognised: not a transcript, not an error.
 */
public record Outcome(Transcript transcript, Report report, InputError error, boolean skipped) {
    public static Outcome ok(Transcript t, Report r) {
        return new Outcome(t, r, null, false);
    }

    public static Outcome failed(String source, String reason) {
        return new Outcome(null, null, new InputError(source, reason), false);
    }

    public static Outcome skipped(String source, String reason) {
        return new Outcome(null, null, new InputError(source, reason), true);
    }

    public boolean isOk() {
        return error == null;
    }
}
