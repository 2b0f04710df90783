package org.cxlint.facts;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.model.Transcript;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Sentence;

/** Turns an annotated transcript into the facts DRL sees; DRL never sees CoreNLP or JSON types. */
public final class FactBuilder {
    private final PhraseMatcher matcher;
    private final FactSettings settings;
    private final NameCues names;

    public FactBuilder(PhraseMatcher matcher) {
        this(matcher, FactSettings.DEFAULTS);
    }

    public FactBuilder(PhraseMatcher matcher, FactSettings settings) {
        this.matcher = matcher;
        this.settings = settings;
        this.names = new NameCues(settings.names());
    }

    /** How many phrase patterns the matcher holds. */
    public int patternCount() {
        return matcher.patternCount();
    }

    public List<Object> facts(Transcript transcript, List<AnnotatedTurn> turns) {
        List<Object> facts = new ArrayList<>();
        int[] nextAgent = new int[turns.size()];
        int next = -1;
        for (int i = turns.size() - 1; i >= 0; i--) {
            nextAgent[i] = next;
            if (turns.get(i).turn().speaker() == org.cxlint.model.Speaker.AGENT) next = i;
        }
        for (int i = 0; i < turns.size(); i++) {
            AnnotatedTurn at = turns.get(i);
            int words = 0;
            for (Sentence s : at.sentences()) for (var tok : s.tokens()) if (SentenceFacts.isWord(tok)) words++;
            var t = at.turn();
            boolean agent = t.speaker() == org.cxlint.model.Speaker.AGENT;
            facts.add(new TurnFact(
                    t.index(),
                    t.speaker(),
                    at.agentOrdinal(),
                    words,
                    t.start(),
                    t.end(),
                    nextAgent[i],
                    agent && nextAgent[i] < 0));
        }
        facts.add(new Channel(transcript.channel()));
        facts.addAll(TimingFacts.derive(transcript.turns(), settings.timing()));
        facts.addAll(matcher.match(turns));
        SentenceFacts.derive(turns, settings.sentences(), facts::add);
        NameFacts.derive(transcript, turns, names, facts::add);
        return facts;
    }

    /** The sentence holding a character offset of a turn, or null. */
    public static Sentence sentenceAt(AnnotatedTurn turn, int charOffset) {
        for (Sentence s : turn.sentences()) if (charOffset >= s.begin() && charOffset < s.end()) return s;
        return null;
    }
}
