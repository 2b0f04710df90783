package org.cxlint.model;

import java.time.LocalDate;

/**
 * A justified exception written into a transcript: findings of {@code rule} (in {@code turn}, 1-based,
 * or anywhere when null) are reported as waived instead of counting, until the end of {@code expires}.
 */
public record Waiver(String rule, Integer turn, String reason, LocalDate expires) {
    public Waiver {
        if (rule == null || rule.isBlank()) throw new IllegalArgumentException("waiver needs a \"rule\"");
        if (reason == null || reason.isBlank())
            throw new IllegalArgumentException("waiver for " + rule + " needs a \"reason\"");
    }

    /** A waiver applies through its expiry date and lapses the day after. */
    public boolean expiredOn(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }

    public boolean covers(String ruleId, int turnNumber) {
        return rule.equals(ruleId) && (turn == null || turn == turnNumber);
    }
}
