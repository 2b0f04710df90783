package org.cxlint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cxlint.facts.Context;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/** One short-lived session per transcript; safe to share between threads. */
public final class RuleEngine {
    /** A rule that feeds its own conditions could fire forever; no sane pack needs this many firings. */
    static final int MAX_FIRINGS = 100_000;

    private final RuleBase ruleBase;

    /**
     * Which timing facts (an interruption, a silence, a reply's wait) each finding's rule matched, so a report
     * can show the measurement behind "interrupted" or "unexplained hold" without the rules passing it on.
     * When two firings make the same finding, the larger measurement is kept, whatever the firing order.
     */
    private static final class Measured extends org.kie.api.event.rule.DefaultAgendaEventListener
            implements org.kie.api.event.rule.RuleRuntimeEventListener {
        final java.util.Map<Finding, Object> byFinding = new java.util.HashMap<>();
        private List<Object> current = List.of();

        @Override
        public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
            List<Object> timing = new ArrayList<>();
            for (Object o : event.getMatch().getObjects()) if (seconds(o) >= 0) timing.add(o);
            current = timing;
        }

        @Override
        public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
            current = List.of();
        }

        @Override
        public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
            if (!(event.getObject() instanceof Finding f)) return;
            for (Object o : current) {
                Object had = byFinding.get(f);
                if (had == null || seconds(o) > seconds(had)) byFinding.put(f, o);
            }
        }

        @Override
        public void objectUpdated(org.kie.api.event.rule.ObjectUpdatedEvent event) {}

        @Override
        public void objectDeleted(org.kie.api.event.rule.ObjectDeletedEvent event) {}

        private static double seconds(Object o) {
            if (o instanceof org.cxlint.facts.Interruption i) return i.overlapSeconds();
            if (o instanceof org.cxlint.facts.Silence s) return s.seconds();
            if (o instanceof org.cxlint.facts.ResponseLatency l) return l.seconds();
            return -1;
        }
    }

    public RuleEngine(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public Outcome run(List<Object> facts) {
        KieSession session = ruleBase.kieBase().newKieSession();
        Measured measured = new Measured();
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) measured);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) measured);
        try {
            facts.forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new RunawayRulesException(
                        "rules fired " + fired + " times without settling; a rule probably re-triggers itself");
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
            for (Object o : session.getObjects(new ClassObjectFilter(Context.class)))
                contexts.add(((Context) o).name());
            return new Outcome(List.copyOf(new java.util.LinkedHashSet<>(findings)), contexts, measured.byFinding);
        } finally {
            session.dispose();
        }
    }
}
