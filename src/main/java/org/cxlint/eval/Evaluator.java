package org.cxlint.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.cxlint.engine.Finding;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.cxlint.rules.RuleDef;

/**
 * Compares the rules' findings with reviewers' labels. The unit is (conversation, agent turn, behaviour) for
 * turn-level behaviours and (conversation, behaviour) for conversation-level ones. Only reviewed turns and
 * conversations count: a finding on a customer turn or an unreviewed turn is neither right nor wrong here.
 * Several findings on one unit count once.
 */
public final class Evaluator {
    private final BehaviourMap map;
    private final Map<String, RuleDef> rules;

    public Evaluator(BehaviourMap map, Map<String, RuleDef> rules) {
        this.map = map;
        this.rules = rules;
    }

    private record Unit(String conversation, int turn, String behaviour) implements Comparable<Unit> {
        @Override
        public int compareTo(Unit o) {
            return Comparator.comparing(Unit::conversation)
                    .thenComparingInt(Unit::turn)
                    .thenComparing(Unit::behaviour)
                    .compare(this, o);
        }
    }

    private record Flag(String rule, String quote) {}

    /**
     * @param transcripts by {@link Label#conversationKey()}; a label whose conversation is absent is a problem, not an error
     * @param findings every finding the rules make on a transcript (strengths each time they fire)
     */
    public EvalResult run(
            String labelsName,
            List<Label> labels,
            Map<String, Transcript> transcripts,
            Function<Transcript, List<Finding>> findings) {
        Map<String, Behaviour> inPlay = new LinkedHashMap<>();
        map.behaviours().forEach(b -> inPlay.put(b.name(), b));
        List<String> problems = new ArrayList<>();
        Set<Unit> truth = new TreeSet<>();
        Map<String, TreeSet<Integer>> reviewed = new TreeMap<>();
        for (Label l : labels) {
            Transcript t = transcripts.get(l.conversationKey());
            String where = "line " + l.line() + ": conversation " + l.conversation();
            if (t == null) {
                problems.add(where + " not found in the inputs");
                continue;
            }
            long agentTurns = t.agentTurnCount();
            if (l.turn() >= agentTurns) {
                problems.add(where + " has " + agentTurns + " agent turns; the label says turn " + l.turn());
                continue;
            }
            reviewed.computeIfAbsent(l.conversationKey(), k -> new TreeSet<>()).add(l.turn());
            for (String name : l.honours()) truth.add(unit(l, resolve(l, name, true, inPlay)));
            for (String name : l.breaks()) truth.add(unit(l, resolve(l, name, false, inPlay)));
        }
        Map<String, Behaviour> byRule = new HashMap<>();
        for (Behaviour b : inPlay.values()) for (String r : b.rules()) byRule.putIfAbsent(r, b);

        Map<Unit, Flag> flags = new TreeMap<>();
        Map<String, Set<Unit>> byRuleFlags = new TreeMap<>();
        Set<String> notEvaluated = new TreeSet<>();
        Map<String, Transcript> scored = new TreeMap<>();
        reviewed.keySet().forEach(k -> scored.put(k, transcripts.get(k)));
        Map<String, List<Finding>> found = new HashMap<>();
        scored.entrySet().parallelStream().forEach(e -> {
            List<Finding> f = findings.apply(e.getValue());
            synchronized (found) {
                found.put(e.getKey(), f);
            }
        });
        for (var e : scored.entrySet()) {
            Transcript t = e.getValue();
            List<Integer> agentIndexes = agentIndexes(t);
            for (Finding f : found.get(e.getKey())) {
                Behaviour b = byRule.get(f.rule());
                if (b == null) {
                    notEvaluated.add(f.rule());
                    continue;
                }
                int turn = -1;
                if (b.level() == Level.TURN) {
                    turn = agentIndexes.indexOf(f.turn());
                    if (turn < 0 || !reviewed.get(e.getKey()).contains(turn)) continue;
                }
                Unit u = new Unit(e.getKey(), turn, b.name());
                String text = t.turns().get(f.turn()).text();
                flags.putIfAbsent(
                        u, new Flag(f.rule(), f.hasSpan() ? text.substring(f.charStart(), f.charEnd()) : null));
                byRuleFlags.computeIfAbsent(f.rule(), r -> new TreeSet<>()).add(u);
            }
        }
        return tally(labelsName, reviewed, inPlay, truth, flags, byRuleFlags, notEvaluated, problems, transcripts);
    }

    private Behaviour resolve(Label l, String name, boolean honours, Map<String, Behaviour> inPlay) {
        Behaviour b = map.find(name, rules)
                .orElseThrow(() -> new EvalException("line " + l.line() + ": unknown behaviour \"" + name
                        + "\" (neither a behaviour of the mapping nor a rule id)"));
        if (b.strength() != honours) {
            throw new EvalException("line " + l.line() + ": \"" + name + "\" is a " + b.polarity() + ", listed under "
                    + (honours ? "honours" : "breaks"));
        }
        inPlay.putIfAbsent(b.name(), b);
        return b;
    }

    private static Unit unit(Label l, Behaviour b) {
        return new Unit(l.conversationKey(), b.level() == Level.TURN ? l.turn() : -1, b.name());
    }

    private static List<Integer> agentIndexes(Transcript t) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.turns().size(); i++) if (t.turns().get(i).speaker() == Speaker.AGENT) out.add(i);
        return out;
    }

    private EvalResult tally(
            String labelsName,
            Map<String, TreeSet<Integer>> reviewed,
            Map<String, Behaviour> inPlay,
            Set<Unit> truth,
            Map<Unit, Flag> flags,
            Map<String, Set<Unit>> byRuleFlags,
            Set<String> notEvaluated,
            List<String> problems,
            Map<String, Transcript> transcripts) {
        Map<String, Counts> perBehaviour = new LinkedHashMap<>();
        inPlay.keySet().forEach(n -> perBehaviour.put(n, Counts.ZERO));
        for (Unit u : truth) perBehaviour.merge(u.behaviour(), new Counts(1, 0, 0), Counts::plus);
        for (Unit u : flags.keySet())
            perBehaviour.merge(u.behaviour(), new Counts(0, 1, truth.contains(u) ? 1 : 0), Counts::plus);

        List<Row> behaviourRows = new ArrayList<>();
        Map<String, Counts> perFamily = new TreeMap<>();
        Map<String, Counts> perPolarity = new TreeMap<>(Comparator.reverseOrder());
        for (var e : perBehaviour.entrySet()) {
            Behaviour b = inPlay.get(e.getKey());
            behaviourRows.add(
                    Row.of(b.name(), b.polarity(), b.family(), b.level().label(), e.getValue()));
            perFamily.merge(b.family() + "\u0000" + b.polarity(), e.getValue(), Counts::plus);
            perPolarity.merge(b.polarity(), e.getValue(), Counts::plus);
        }
        List<Row> familyRows = new ArrayList<>();
        perFamily.forEach((k, c) -> {
            String[] p = k.split("\u0000");
            familyRows.add(Row.of(p[0], p[1], p[0], null, c));
        });
        List<Row> totals = new ArrayList<>();
        perPolarity.forEach((p, c) -> totals.add(Row.of("all " + p + "s", p, null, null, c)));

        List<Row> ruleRows = new ArrayList<>();
        for (Behaviour b : inPlay.values()) {
            int labelled = perBehaviour.get(b.name()).labelled();
            for (String r : b.rules()) {
                Set<Unit> fl = byRuleFlags.getOrDefault(r, Set.of());
                int correct = (int) fl.stream().filter(truth::contains).count();
                ruleRows.add(Row.of(
                        r, b.polarity(), b.family(), b.level().label(), new Counts(labelled, fl.size(), correct)));
            }
        }
        ruleRows.sort(Comparator.comparing(Row::name));

        List<Disagreement> disagreements = new ArrayList<>();
        for (var e : flags.entrySet()) {
            if (!truth.contains(e.getKey()))
                disagreements.add(disagreement(
                        Disagreement.FALSE_POSITIVE,
                        e.getKey(),
                        e.getValue().rule(),
                        e.getValue().quote(),
                        transcripts,
                        reviewed));
        }
        for (Unit u : truth) {
            if (!flags.containsKey(u))
                disagreements.add(disagreement(Disagreement.MISSED, u, null, null, transcripts, reviewed));
        }
        disagreements.sort(Comparator.comparing(Disagreement::kind)
                .thenComparing(Disagreement::behaviour)
                .thenComparing(d -> d.source() == null ? "" : d.source())
                .thenComparing(Disagreement::conversation)
                .thenComparing(d -> d.turn() == null ? -1 : d.turn()));
        int turns = reviewed.values().stream().mapToInt(Set::size).sum();
        return new EvalResult(
                labelsName,
                turns,
                reviewed.size(),
                totals,
                familyRows,
                behaviourRows,
                ruleRows,
                List.copyOf(notEvaluated),
                disagreements,
                problems);
    }

    private static Disagreement disagreement(
            String kind,
            Unit u,
            String rule,
            String quote,
            Map<String, Transcript> transcripts,
            Map<String, TreeSet<Integer>> reviewed) {
        Transcript t = transcripts.get(u.conversation());
        int hash = u.conversation().lastIndexOf('#');
        String source = hash <= 0 ? null : u.conversation().substring(0, hash);
        String id = u.conversation().substring(hash + 1);
        // a conversation-level unit shows the last reviewed agent turn, where such findings are felt
        int turn = u.turn() >= 0 ? u.turn() : reviewed.get(u.conversation()).last();
        List<Turn> agent =
                t.turns().stream().filter(x -> x.speaker() == Speaker.AGENT).toList();
        return new Disagreement(
                kind,
                u.behaviour(),
                rule,
                source,
                id,
                u.turn() >= 0 ? u.turn() : null,
                quote,
                agent.get(turn).text());
    }
}
