package org.cxlint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hand-written rules of one DRL file, each with the comment lines above it, as people and overlays see them. */
final class DrlRules {
    // a DRL rule with the comment lines above it, up to its closing `end` (and that line's break)
    private static final Pattern RULE = Pattern.compile(
            "((?:^//[^\\n]*\\n)*)^rule \"([^\"]+)\"\\n(?:(?!^end$).*\\n)*?^end$\\n?", Pattern.MULTILINE);

    /** @param start where the rule's text begins in its file; {@code end} where it ends */
    record Rule(String name, String text, int start, int end) {
        /** Whether this rule makes {@code id}'s findings: it is that rule, or a helper such as "OWN-TAKEN offer". */
        boolean findsFor(String id) {
            return name.equals(id) || text.contains("new Finding(\"" + id + "\"");
        }
    }

    private DrlRules() {}

    static List<Rule> in(String drl) {
        List<Rule> out = new ArrayList<>();
        Matcher m = RULE.matcher(drl);
        while (m.find()) out.add(new Rule(m.group(2), m.group(), m.start(), m.end()));
        return out;
    }
}
