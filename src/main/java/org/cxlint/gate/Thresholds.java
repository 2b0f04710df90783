package org.cxlint.gate;

import org.cxlint.rules.Severity;

/**
 * The command-line gate: {@code --fail-under SCORE} and {@code --fail-on SEVERITY}; either may be null.
 * Only findings that count (not waived, not baselined) are held against it.
 */
public record Thresholds(Double failUnder, Severity failOn) {
    public static final Thresholds NONE = new Thresholds(null, null);

    public boolean any() {
        return failUnder != null || failOn != null;
    }
}
