package org.cxlint.rules;

import java.util.List;

/**
 * What a judging rule means to people: the DRL rule of the same name decides when it fires;
 * this says why it matters and what to say instead.
 *
 * @param rewrite     a suggestion (see {@link Rewrite} for its placeholders); null for strengths
 * @param appliesWhen a context name (see facts.Context); without that context the rule is not applicable
 */
public record RuleDef(String id, String principle, String category, Severity severity, String message,
                      String rewrite, String appliesWhen, Examples examples) {
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
