package org.cxlint.facts;

/** An agent sentence said word for word in an earlier agent turn: the robotic-script signal. */
public record RepeatedSentence(int turn, int firstTurn, int charStart, int charEnd, String text) {
    public int getTurn() {
        return turn;
    }

    public int getFirstTurn() {
        return firstTurn;
    }
}
