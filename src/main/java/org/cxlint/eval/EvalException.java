package org.cxlint.eval;

/** A labels or mapping file that cannot be used: the message names the file, the line where known, and why. */
public final class EvalException extends RuntimeException {
    public EvalException(String message) {
        super(message);
    }
}
