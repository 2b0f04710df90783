package org.cxlint.facts;

/** The agent addressing the customer by a part of their name. */
public record NameMention(int turn, int charStart, int charEnd, String text) {
    public int getTurn() {
        return turn;
    }
}
