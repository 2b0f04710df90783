package org.cxlint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cxlint.facts.Context;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ClassObjectFilter;

/** One short-lived session per transcript; safe to share between threads. */
public final class RuleEngine {
    /** A rule that feeds its own conditions could fire forever; no sane pack needs this many firings. */
    static final int MAX_FIRINGS = 100_000;

    private final RuleBase ruleBase;

    public RuleEngine(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public Outcome run(List<Object> facts) {
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            facts.forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new RunawayRulesException("rules fired " + fired + " times without settling; a rule probably re-triggers itself");
            }
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) findings.add((Finding) o);
            findings.sort(Comparator.comparingInt(Finding::turn)
                    .thenComparingInt(f -> f.hasSpan() ? f.charStart() : Integer.MAX_VALUE)
                    .thenComparing(Finding::rule)
                    // two patterns of one rule can start at one word: the longer quote first, so the order
                    // (and a strength's one reported quote) never depends on the session's hashing
                    .thenComparing(Comparator.comparingInt(Finding::charEnd).reversed()));
            Set<String> contexts = new TreeSet<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Context.class))) contexts.add(((Context) o).name());
            return new Outcome(List.copyOf(new java.util.LinkedHashSet<>(findings)), contexts);
        } finally {
            session.dispose();
        }
    }
}
