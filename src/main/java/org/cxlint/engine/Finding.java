package org.cxlint.engine;

import org.cxlint.facts.PhraseHit;

/**
 * What a judging rule concluded, before scoring. {@code rule} is the DRL rule name, which is the
 * rule id; {@code hit} is the evidence when the finding rests on words, null when it rests on an absence.
 */
public record Finding(String rule, int turn, PhraseHit hit) {
    /** Used from DRL: {@code insert(new Finding(drools.getRule().getName(), $hit))}. */
    public Finding(String rule, PhraseHit hit) {
        this(rule, hit.turn(), hit);
    }

    public String getRule() { return rule; }
    public int getTurn() { return turn; }
    public PhraseHit getHit() { return hit; }
}
