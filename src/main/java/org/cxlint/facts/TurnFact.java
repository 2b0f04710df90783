package org.cxlint.facts;

import org.cxlint.model.Speaker;

/**
 * A turn as rules see it: who, where, how long. Times are null without timestamps.
 *
 * @param nextAgent     index of the first agent turn after this one, -1 when none: rules ask "the agent's
 *                      first reply after X" often, and a field is far cheaper than a {@code not} join
 * @param lastAgent     this is the conversation's final agent turn
 */
public record TurnFact(
        int index,
        Speaker speaker,
        int agentTurn,
        int words,
        Double start,
        Double end,
        int nextAgent,
        boolean lastAgent) {
    public int getIndex() {
        return index;
    }

    public Speaker getSpeaker() {
        return speaker;
    }

    public int getAgentTurn() {
        return agentTurn;
    }

    public int getWords() {
        return words;
    }

    public boolean isAgent() {
        return speaker == Speaker.AGENT;
    }

    public int getNextAgent() {
        return nextAgent;
    }

    public boolean isLastAgent() {
        return lastAgent;
    }

    /** This turn when the agent spoke it, else the agent's next turn (-1 when none). */
    public int getAgentFromHere() {
        return isAgent() ? index : nextAgent;
    }
}
