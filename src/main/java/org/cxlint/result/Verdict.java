package org.cxlint.result;

import java.util.List;

/**
 * What the CI gate concluded about one report.
 *
 * @param suite    the expectations suite's name, or null outside {@code cxlint check}
 * @param score    the overall score counting only findings that count (not waived, not baselined)
 * @param failures why the transcript fails the gate; empty when it passes
 * @param notes    things worth saying that do not fail it (an expired or unused waiver)
 */
public record Verdict(String suite, double score, List<String> failures, List<String> notes) {
    public Verdict {
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    public boolean failed() {
        return !failures.isEmpty();
    }
}
