package org.cxlint.facts;

/**
 * How long each side spoke (sums of turn durations; overlapping speech counts for both).
 *
 * @param agentShare agent / (agent + customer), 0..1
 */
public record TalkTime(double agentSeconds, double customerSeconds, double agentShare) {
    public double getAgentSeconds() {
        return agentSeconds;
    }

    public double getCustomerSeconds() {
        return customerSeconds;
    }

    public double getAgentShare() {
        return agentShare;
    }
}
