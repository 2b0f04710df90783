package org.cxlint.model;

import java.util.List;

/**
 * How the agent and customer roles of a transcript were decided, so a report can say it and never
 * silently score the customer as the agent.
 *
 * @param method     {@code source} (the format names roles), {@code option} ({@code --agent}) or
 *                   {@code inferred} (from what the speakers say)
 * @param confidence 0..1; 1 for source and option
 * @param agents     the source labels taken as the agent, empty when the source named roles itself
 * @param evidence   why, in words a QA lead can check
 */
public record Roles(String method, double confidence, List<String> agents, List<String> evidence) {
    public static final String SOURCE = "source";
    public static final String OPTION = "option";
    public static final String INFERRED = "inferred";
    /** Below this, reports warn that the roles may be wrong and suggest {@code --agent}. */
    public static final double LOW_CONFIDENCE = 0.6;

    public static final Roles FROM_SOURCE = new Roles(SOURCE, 1.0, List.of(), List.of());

    public Roles {
        agents = List.copyOf(agents);
        evidence = List.copyOf(evidence);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence must be 0..1");
    }

    public boolean low() {
        return confidence < LOW_CONFIDENCE;
    }
}
