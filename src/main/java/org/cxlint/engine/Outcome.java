package org.cxlint.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one rule session produced: the findings, the contexts that arose (for N/A decisions), and for
 * findings whose rule matched a timing fact ({@code Interruption}, {@code Silence}, {@code ResponseLatency})
 * that fact, the measurement behind the finding.
 */
public record Outcome(List<Finding> findings, Set<String> contexts, Map<Finding, Object> measured) {
    public Outcome {
        measured = measured == null ? Map.of() : Map.copyOf(measured);
    }

    public Outcome(List<Finding> findings, Set<String> contexts) {
        this(findings, contexts, Map.of());
    }
}
