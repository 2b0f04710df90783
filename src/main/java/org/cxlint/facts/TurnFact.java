package org.cxlint.facts;

import org.cxlint.model.Speaker;

/** A turn as rules see it: who, where, how long. Times are null without timestamps. */
public record TurnFact(int index, Speaker speaker, int agentTurn, int words, Double start, Double end) {
    public int getIndex() { return index; }
    public Speaker getSpeaker() { return speaker; }
    public int getAgentTurn() { return agentTurn; }
    public int getWords() { return words; }
    public boolean isAgent() { return speaker == Speaker.AGENT; }
}
