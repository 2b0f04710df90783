package org.cxlint.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A judging rule: why it matters and what to say instead, and either its {@link Match} or (for rules that
 * combine facts) a DRL rule of the same name that decides when it fires.
 *
 * @param rewrite     a suggestion (see {@link Rewrite} for its placeholders); null for strengths
 * @param appliesWhen a context name (see facts.Context); without that context the rule is not applicable
 * @param match       when the rule fires, for a rule that needs no more than a phrase; null when a DRL rule of
 *                    the same name decides
 * @param rewrites    wordings for particular flagged words, tried in order before {@code rewrite}
 */
public record RuleDef(
        String id,
        String principle,
        String category,
        Severity severity,
        String message,
        String rewrite,
        String appliesWhen,
        Examples examples,
        Match match,
        List<Choice> rewrites) {
    public RuleDef {
        rewrites = rewrites == null ? List.of() : List.copyOf(rewrites);
    }

    /**
     * A rewrite for flagged words that {@code when} finds (case-insensitive): a deflection that sends the
     * customer to call someone gets "I'll contact them for you", not the generic line.
     */
    public record Choice(Pattern when, String rewrite) {
        public Choice {
            if (when != null) when = Pattern.compile(when.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** The rewrite template for these flagged words (null for the whole-turn findings' quote): the first choice
     * that finds them, else {@code rewrite}. */
    public String rewriteFor(String quote) {
        if (quote != null) {
            for (Choice c : rewrites)
                if (c.when() != null && c.when().matcher(quote).find()) return c.rewrite();
        }
        return rewrite;
    }

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
