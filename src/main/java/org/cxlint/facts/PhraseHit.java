package org.cxlint.facts;

import org.cxlint.model.Speaker;

/**
 * A phrase matched in one sentence of one turn. The flags say the words were not really the
 * speaker's own act: negated ("I'd never say ..."), quoted or reported ("you said '...'"),
 * hypothetical ("if I said ...").
 *
 * @param turn      0-based turn index
 * @param agentTurn 0-based ordinal among agent turns, -1 when not an agent turn
 * @param charStart offset in the turn text (inclusive); charEnd exclusive
 */
public record PhraseHit(
        String phrase,
        Speaker speaker,
        int turn,
        int agentTurn,
        int sentence,
        int tokenStart,
        int tokenEnd,
        int charStart,
        int charEnd,
        String text,
        boolean negated,
        boolean quoted,
        boolean hypothetical) {

    /** Spoken as the speaker's own statement: what judging rules normally want. */
    public boolean isPlain() {
        return !negated && !quoted && !hypothetical;
    }

    public boolean isAgent() {
        return speaker == Speaker.AGENT;
    }

    // Bean-style accessors: DRL constraints such as `phrase == "x"` resolve through getters.
    public String getPhrase() {
        return phrase;
    }

    public Speaker getSpeaker() {
        return speaker;
    }

    public int getTurn() {
        return turn;
    }

    public int getAgentTurn() {
        return agentTurn;
    }

    public int getSentence() {
        return sentence;
    }

    public int getCharStart() {
        return charStart;
    }

    public int getCharEnd() {
        return charEnd;
    }

    public String getText() {
        return text;
    }

    public boolean isNegated() {
        return negated;
    }

    public boolean isQuoted() {
        return quoted;
    }

    public boolean isHypothetical() {
        return hypothetical;
    }
}
