package org.cxlint.facts;

import org.cxlint.model.Speaker;

/**
 * Nobody spoke for {@code seconds} (at least {@link FactSettings.Timing#silenceMinSeconds}) after turn
 * {@code afterTurn}, spoken by {@code after}. {@code hold} when it lasted at least
 * {@link FactSettings.Timing#holdMinSeconds}: long enough to be a hold, announced or not.
 */
public record Silence(int afterTurn, Speaker after, double seconds, boolean hold) {
    public int getAfterTurn() {
        return afterTurn;
    }

    public Speaker getAfter() {
        return after;
    }

    public double getSeconds() {
        return seconds;
    }

    public boolean isHold() {
        return hold;
    }
}
