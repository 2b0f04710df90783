package org.cxlint.rules;

import java.util.List;
import java.util.Set;

/**
 * When a phrase rule fires, written in its YAML entry instead of DRL: one phrase (named, or patterns of the
 * rule's own), said by one speaker, under flags that count. {@link MatchRules} turns it into a DRL rule.
 *
 * @param phrase         a phrase id from some pack's {@code phrases:}; or null when {@code patterns} are given
 * @param patterns       the rule's own patterns (a phrase named after the rule)
 * @param except         with {@code patterns}: hits overlapping these are dropped
 * @param speaker        {@code agent} (the default) or {@code customer}
 * @param counts         flagged hits that still count: {@code negated}, {@code quoted}, {@code hypothetical};
 *                       none by default (only plain statements)
 * @param firstAgentTurn only in the agent's first turn (a greeting)
 * @param unlessInTurn   phrase ids that, said plainly by the same speaker in the same turn, cancel the hit
 * @param oncePerTurn    one finding per turn, on its first (then longest) hit
 */
public record Match(
        String phrase,
        List<String> patterns,
        List<String> except,
        String speaker,
        List<String> counts,
        boolean firstAgentTurn,
        List<String> unlessInTurn,
        boolean oncePerTurn) {
    static final Set<String> FLAGS = Set.of("negated", "quoted", "hypothetical");

    public Match {
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        except = except == null ? List.of() : List.copyOf(except);
        speaker = speaker == null ? "agent" : speaker;
        counts = counts == null ? List.of() : List.copyOf(counts);
        unlessInTurn = unlessInTurn == null ? List.of() : List.copyOf(unlessInTurn);
    }

    /** The phrase id hits carry: the named phrase, or the rule's own. */
    public String phraseFor(String ruleId) {
        return phrase != null ? phrase : ruleId;
    }

    public boolean ownPatterns() {
        return phrase == null;
    }

    /** Why this match cannot work, or null. */
    String problem() {
        if ((phrase == null) == patterns.isEmpty()) return "match: needs either phrase or patterns, not both";
        if (phrase != null && !except.isEmpty()) return "match: except goes with patterns; a named phrase has its own";
        if (!speaker.equals("agent") && !speaker.equals("customer"))
            return "match: speaker must be agent or customer, not " + speaker;
        for (String c : counts) {
            if (!FLAGS.contains(c)) return "match: counts takes negated, quoted or hypothetical, not " + c;
        }
        if (firstAgentTurn && !speaker.equals("agent")) return "match: firstAgentTurn needs speaker agent";
        return null;
    }
}
