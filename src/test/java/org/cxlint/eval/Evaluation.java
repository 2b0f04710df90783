package org.cxlint.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.cxlint.model.Transcript;
import org.cxlint.report.Report;
import org.cxlint.rules.Severity;

/**
 * Compares findings with labels at (conversation, agent turn, family, polarity). A finding of severity
 * "strength" honours its category; any other severity breaks it. Only labelled agent turns count: a
 * finding elsewhere (a customer turn, an unlabelled turn) is neither right nor wrong here.
 */
public final class Evaluation {
    /**
     * Rules about a whole conversation (the name never used, no check before closing): the labels judge
     * turns, not conversations, so these findings are neither right nor wrong here and are left out.
     */
    public static final Set<String> NOT_LABELLED = Set.of("CON-NAME-UNUSED", "LIS-NO-CONFIRM");

    private Evaluation() {}

    public static EvalResult run(List<Label> labels, Map<ConversationRef, Conversation> conversations,
                                 Function<Transcript, Report> scorer) {
        Set<Key> truth = new HashSet<>();
        Map<ConversationRef, Set<Integer>> labelledTurns = new TreeMap<>();
        for (Label l : labels) {
            labelledTurns.computeIfAbsent(l.ref(), r -> new HashSet<>()).add(l.turn());
            truth.addAll(keys(l));
        }
        Map<Key, Flag> flags = new LinkedHashMap<>();
        for (var e : labelledTurns.entrySet()) {
            Conversation c = conversations.get(e.getKey());
            if (c == null) throw new IllegalArgumentException("no conversation " + e.getKey());
            List<Integer> agentTurns = c.agentTurns();
            for (Report.Item f : scorer.apply(c.transcript()).findings()) {
                if (NOT_LABELLED.contains(f.rule())) continue;
                int ordinal = agentTurns.indexOf(f.turn() - 1);
                if (ordinal < 0 || !e.getValue().contains(ordinal)) continue;
                Polarity p = f.severity() == Severity.STRENGTH ? Polarity.HONOURS : Polarity.BREAKS;
                Key k = new Key(c.ref(), ordinal, f.category(), p);
                flags.putIfAbsent(k, new Flag(k, f.rule(), f.quote()));
            }
        }
        return tally(truth, flags, labels.size());
    }

    /** The keys a label asserts: one per broken family, one per family its honoured behaviours belong to. */
    static Set<Key> keys(Label l) {
        Set<Key> out = new HashSet<>();
        for (String fam : l.breaks()) out.add(new Key(l.ref(), l.turn(), fam, Polarity.BREAKS));
        for (String b : l.honours()) {
            String fam = Behaviour.familyOf(b).orElseThrow(() -> new IllegalArgumentException("unknown behaviour " + b));
            out.add(new Key(l.ref(), l.turn(), fam, Polarity.HONOURS));
        }
        return out;
    }

    private static EvalResult tally(Set<Key> truth, Map<Key, Flag> flags, int turns) {
        Map<Polarity, Map<String, Counts>> counts = new EnumMap<>(Polarity.class);
        for (Polarity p : Polarity.values()) {
            Map<String, Counts> byFamily = new LinkedHashMap<>();
            for (String fam : Behaviour.FAMILIES) byFamily.put(fam, Counts.ZERO);
            counts.put(p, byFamily);
        }
        for (Key k : truth) add(counts, k, new Counts(1, 0, 0));
        List<Flag> falsePositives = new ArrayList<>();
        for (Flag f : flags.values()) {
            boolean hit = truth.contains(f.key());
            add(counts, f.key(), new Counts(0, 1, hit ? 1 : 0));
            if (!hit) falsePositives.add(f);
        }
        List<Key> misses = truth.stream().filter(k -> !flags.containsKey(k))
                .sorted(java.util.Comparator.comparing(Key::ref).thenComparing(Key::turn).thenComparing(Key::family))
                .toList();
        return new EvalResult(counts, falsePositives, misses, turns);
    }

    private static void add(Map<Polarity, Map<String, Counts>> counts, Key k, Counts c) {
        // a rule may report a category the family list lacks; show it rather than drop it
        counts.get(k.polarity()).merge(k.family(), c, Counts::plus);
    }
}
