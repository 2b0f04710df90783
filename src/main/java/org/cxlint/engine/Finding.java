package org.cxlint.engine;

import org.cxlint.facts.PhraseHit;

/**
 * What a judging rule concluded, before scoring. {@code rule} is the DRL rule name, which is the rule
 * id. The span is character offsets in the turn's text; -1 when the finding rests on an absence
 * ("no apology in the whole call") and so points at a turn, not at words.
 */
public record Finding(String rule, int turn, int charStart, int charEnd) {
    /** From DRL: {@code insert(new Finding(drools.getRule().getName(), $hit))}. */
    public Finding(String rule, PhraseHit hit) {
        this(rule, hit.turn(), hit.charStart(), hit.charEnd());
    }

    /** From DRL, for an absence: the turn where it is felt. */
    public Finding(String rule, int turn) {
        this(rule, turn, -1, -1);
    }

    public boolean hasSpan() {
        return charStart >= 0;
    }

    public String getRule() {
        return rule;
    }

    public int getTurn() {
        return turn;
    }
}
