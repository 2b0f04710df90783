package org.cxlint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The DRL that decides when a rule fires, as people read it: generated from its match, or written by hand. */
public final class RuleSource {
    // a DRL rule with the comment lines above it, up to its closing `end`
    private static final Pattern RULE = Pattern.compile("((?:^//[^\\n]*\\n)*)^rule \"([^\"]+)\"\\n(?:(?!^end$).*\\n)*?^end$",
            Pattern.MULTILINE);

    private RuleSource() {}

    public static String drl(RuleFiles files, RuleDef rule) {
        List<String> parts = new ArrayList<>();
        if (rule.match() != null) parts.add("// generated from " + rule.id() + "'s match:\n" + MatchRules.drl(rule).strip());
        for (var e : files.drl().entrySet()) {
            Matcher m = RULE.matcher(e.getValue());
            while (m.find()) {
                String name = m.group(2);
                // helpers such as "OWN-TAKEN offer" insert the rule's finding under its id
                if (name.equals(rule.id()) || m.group().contains("new Finding(\"" + rule.id() + "\"")) {
                    parts.add("// " + files.where(e.getKey()) + "\n" + m.group());
                }
            }
        }
        return parts.isEmpty() ? "" : String.join("\n\n", parts) + "\n";
    }
}
