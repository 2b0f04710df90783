package org.cxlint.facts;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Sentence;
import org.cxlint.nlp.Token;

/** Runs every phrase over every sentence and reports each non-overlapping hit once per phrase. */
public final class PhraseMatcher {
    private final List<Phrase> phrases;

    public PhraseMatcher(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public List<PhraseHit> match(List<AnnotatedTurn> turns) {
        List<PhraseHit> hits = new ArrayList<>();
        for (AnnotatedTurn at : turns) {
            for (Sentence s : at.sentences()) {
                for (Phrase p : phrases) matchSentence(at, s, p, hits);
            }
        }
        return hits;
    }

    private static void matchSentence(AnnotatedTurn at, Sentence s, Phrase p, List<PhraseHit> out) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int end = firstMatch(p.patterns(), tokens, i);
            if (end < 0 || excepted(p, tokens, i, end)) {
                i++;
                continue;
            }
            String text = at.turn().text();
            int cs = tokens.get(i).begin();
            int ce = tokens.get(end - 1).end();
            out.add(new PhraseHit(p.id(), at.turn().speaker(), at.turn().index(), at.agentOrdinal(), s.index(),
                    i, end, cs, ce, text.substring(cs, ce),
                    HitContext.negated(tokens, i), HitContext.quoted(text, tokens, i, cs), HitContext.hypothetical(tokens, i)));
            i = end;
        }
    }

    private static int firstMatch(List<TokenPattern> patterns, List<Token> tokens, int start) {
        int best = -1;
        for (TokenPattern tp : patterns) best = Math.max(best, tp.matchAt(tokens, start));
        return best;
    }

    /** An exception pattern that overlaps the hit, starting up to a few tokens before it, vetoes it. */
    private static boolean excepted(Phrase p, List<Token> tokens, int start, int end) {
        for (TokenPattern ex : p.except()) {
            for (int j = Math.max(0, start - 4); j < end; j++) {
                int e = ex.matchAt(tokens, j);
                if (e > start) return true;
            }
        }
        return false;
    }
}
