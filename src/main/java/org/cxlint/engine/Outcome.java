package org.cxlint.engine;

import java.util.List;
import java.util.Set;

/** What one rule session produced: the findings, and the contexts that arose (for N/A decisions). */
public record Outcome(List<Finding> findings, Set<String> contexts) {}
