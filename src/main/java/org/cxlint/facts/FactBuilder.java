package org.cxlint.facts;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Sentence;

/** Turns an annotated transcript into the facts DRL sees; DRL never sees CoreNLP or JSON types. */
public final class FactBuilder {
    private final PhraseMatcher matcher;

    public FactBuilder(PhraseMatcher matcher) {
        this.matcher = matcher;
    }

    public List<Object> facts(List<AnnotatedTurn> turns) {
        List<Object> facts = new ArrayList<>();
        for (AnnotatedTurn at : turns) {
            int words = (int) at.sentences().stream().flatMap(s -> s.tokens().stream())
                    .filter(tok -> tok.word().chars().anyMatch(Character::isLetterOrDigit)).count();
            var t = at.turn();
            facts.add(new TurnFact(t.index(), t.speaker(), at.agentOrdinal(), words, t.start(), t.end()));
        }
        facts.addAll(matcher.match(turns));
        return facts;
    }

    /** The sentence a hit came from, for building rewrites. */
    public static Sentence sentenceOf(List<AnnotatedTurn> turns, PhraseHit hit) {
        return turns.get(hit.turn()).sentences().get(hit.sentence());
    }
}
