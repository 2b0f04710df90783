package org.cxlint.rules;

import java.util.ArrayList;
import java.util.List;

/** The DRL that decides when a rule fires, as people read it: generated from its match, or written by hand. */
public final class RuleSource {
    private RuleSource() {}

    public static String drl(RuleFiles files, RuleDef rule) {
        List<String> parts = new ArrayList<>();
        if (rule.match() != null)
            parts.add("// generated from " + rule.id() + "'s match:\n"
                    + MatchRules.drl(rule).strip());
        for (var e : files.drl().entrySet()) {
            for (DrlRules.Rule r : DrlRules.in(e.getValue())) {
                if (r.findsFor(rule.id()))
                    parts.add("// " + files.where(e.getKey()) + "\n" + r.text().stripTrailing());
            }
        }
        return parts.isEmpty() ? "" : String.join("\n\n", parts) + "\n";
    }
}
