package org.cxlint.gate;

import java.util.List;
import org.cxlint.rules.Severity;

/**
 * What a suite expects of a script; any field may be null (no expectation).
 *
 * @param minScore    the counted score must be at least this; when null, the scorecard's pass mark applies
 * @param maxSeverity no counted finding may be worse than this
 * @param mustFire    rules that must flag the script (a negative example proving a rule still works)
 * @param mustNotFire rules that must not flag it (counted findings only)
 */
public record Expectation(Double minScore, Severity maxSeverity, List<String> mustFire, List<String> mustNotFire) {
    public static final Expectation NONE = new Expectation(null, null, null, null);

    /** The fields {@code override} sets replace this one's; lists are replaced too, not merged. */
    public Expectation overriddenBy(Expectation override) {
        return new Expectation(
                override.minScore != null ? override.minScore : minScore,
                override.maxSeverity != null ? override.maxSeverity : maxSeverity,
                override.mustFire != null ? override.mustFire : mustFire,
                override.mustNotFire != null ? override.mustNotFire : mustNotFire);
    }
}
