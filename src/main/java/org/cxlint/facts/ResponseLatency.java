package org.cxlint.facts;

/**
 * How long the customer waited for agent turn {@code turn}: from the end of the customer's turn before it
 * (or its start when turns have no reliable end times, as in chats with one time per message) to the agent's start.
 * {@code slow} when at least {@link TimingFacts#SLOW_RESPONSE_SECONDS}.
 */
public record ResponseLatency(int turn, double seconds, boolean slow) {
    public int getTurn() { return turn; }
    public double getSeconds() { return seconds; }
    public boolean isSlow() { return slow; }
}
