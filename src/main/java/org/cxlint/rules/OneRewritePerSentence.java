package org.cxlint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When several rules flag one sentence, a coach gives the agent one thing to say instead, not three that
 * contradict each other: the most severe rule's rewrite (the first in report order among equals) stands for
 * every finding in that sentence.
 */
public final class OneRewritePerSentence {
    /** One finding's own rewrite of a sentence; {@code sentence} is its start in the turn, or -1 for none. */
    public record Proposal(int turn, int sentence, Severity severity, String rewrite) {}

    private OneRewritePerSentence() {}

    /** The rewrite each proposal ends up with, in the same order. */
    public static List<String> choose(List<Proposal> proposals) {
        Map<Long, Integer> winner = new HashMap<>();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            if (p.rewrite() == null || p.sentence() < 0) continue;
            long key = ((long) p.turn() << 32) | p.sentence();
            Integer w = winner.get(key);
            if (w == null || moreSevere(p.severity(), proposals.get(w).severity())) winner.put(key, i);
        }
        List<String> out = new ArrayList<>(proposals.size());
        for (Proposal p : proposals) {
            Integer w =
                    p.rewrite() == null || p.sentence() < 0 ? null : winner.get(((long) p.turn() << 32) | p.sentence());
            out.add(w == null ? p.rewrite() : proposals.get(w).rewrite());
        }
        return out;
    }

    private static boolean moreSevere(Severity a, Severity b) {
        return a.ordinal() < b.ordinal();
    }
}
