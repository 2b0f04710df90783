package org.cxlint.rules;

import java.util.List;

/**
 * What a judging rule means to people: the DRL rule of the same name decides when it fires;
 * this says why it matters and what to say instead.
 *
 * @param rewrite a suggestion; {@code {match}} is replaced by the flagged words and {@code {rest}}
 *                by the rest of the sentence after them (which the rewrite then replaces too)
 */
public record RuleDef(String id, String principle, String category, Severity severity, String message,
                      String rewrite, Examples examples) {
    public record Examples(List<String> flag, List<String> pass) {
        public Examples {
            flag = flag == null ? List.of() : List.copyOf(flag);
            pass = pass == null ? List.of() : List.copyOf(pass);
        }
    }
}
