package org.cxlint.rules;

import java.util.List;

/**
 * A judging rule: why it matters and what to say instead, and either its {@link Match} or (for rules that
 * combine facts) a DRL rule of the same name that decides when it fires.
 *
 * @param rewrite     a suggestion (see {@link Rewrite} for its placeholders); null for strengths
 * @param appliesWhen a context name (see facts.Context); without that context the rule is not applicable
 * @param match       when the rule fires, for a rule that needs no more than a phrase; null when a DRL rule of
 *                    the same name decides
 */
public record RuleDef(String id, String principle, String category, Severity severity, String message,
                      String rewrite, String appliesWhen, Examples examples, Match match) {
    public boolean isStrength() {
        return severity == Severity.STRENGTH;
    }

    public record Examples(List<String> flag, List<String> pass) {
        public Examples {
            flag = flag == null ? List.of() : List.copyOf(flag);
            pass = pass == null ? List.of() : List.copyOf(pass);
        }
    }
}
