package org.cxlint.facts;

import org.cxlint.model.Speaker;

/** A sentence that ends with a question mark. */
public record Question(Speaker speaker, int turn, int agentTurn, int sentence) {
    public Speaker getSpeaker() {
        return speaker;
    }

    public int getTurn() {
        return turn;
    }

    public int getAgentTurn() {
        return agentTurn;
    }

    public boolean isAgent() {
        return speaker == Speaker.AGENT;
    }
}
