package org.cxlint.eval;

import java.util.List;

/**
 * A reviewers' behaviour name and the rules that should fire for it. {@code strength} and {@code family}
 * come from the rules (their severity and category), so a label file cannot disagree with the rule pack.
 */
public record Behaviour(String name, List<String> rules, Level level, boolean strength, String family) {
    public Behaviour {
        rules = List.copyOf(rules);
    }

    public String polarity() {
        return strength ? "strength" : "violation";
    }
}
