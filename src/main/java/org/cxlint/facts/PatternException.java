package org.cxlint.facts;

/** A phrase pattern in rules/ that cannot be compiled. */
public class PatternException extends RuntimeException {
    public PatternException(String message) {
        super(message);
    }
}
