package org.cxlint.model;

/**
 * One transcript cannot be scored, for a reason its message states in the user's terms (rules that never
 * settle on it, a sentence too long to match): that transcript fails, the batch goes on.
 */
public class UnscorableException extends RuntimeException {
    public UnscorableException(String message) {
        super(message);
    }
}
