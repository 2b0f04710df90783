package org.cxlint.facts;

/**
 * How long the customer waited for agent turn {@code turn}, which follows a customer turn: from the moment
 * the line last went quiet (the latest end of any earlier turn) to the agent's start; without reliable end
 * times (chats with one time per message) from the customer turn's start.
 * {@code slow} when at least {@link FactSettings.Timing#slowResponseSeconds}.
 */
public record ResponseLatency(int turn, double seconds, boolean slow) {
    public int getTurn() {
        return turn;
    }

    public double getSeconds() {
        return seconds;
    }

    public boolean isSlow() {
        return slow;
    }
}
