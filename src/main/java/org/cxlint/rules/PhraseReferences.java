package org.cxlint.rules;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The phrase names hand-written DRL compares against ({@code phrase == "x"}, {@code phrase in ("x", "y")}), each
 * checked against the phrases the packs define: a typo would otherwise make a rule silently never fire.
 */
public final class PhraseReferences {
    private static final Pattern COMPARED = Pattern.compile("\\bphrase\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern LISTED = Pattern.compile("\\bphrase\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private PhraseReferences() {}

    /** @throws RulesException naming the file, line and phrase of the first reference no pack defines */
    public static void check(RuleFiles files, RulePack pack) {
        Set<String> known = pack.phrases().stream().map(p -> p.id()).collect(Collectors.toSet());
        for (var e : files.drl().entrySet()) {
            String text = e.getValue();
            check(files.where(e.getKey()), text, COMPARED.matcher(text), known);
            Matcher lists = LISTED.matcher(text);
            while (lists.find()) {
                Matcher names = QUOTED.matcher(lists.group(1));
                while (names.find()) {
                    if (!known.contains(names.group(1)))
                        throw unknown(files.where(e.getKey()), text, lists.start(), names.group(1));
                }
            }
        }
    }

    private static void check(String where, String text, Matcher m, Set<String> known) {
        while (m.find()) {
            if (!known.contains(m.group(1))) throw unknown(where, text, m.start(), m.group(1));
        }
    }

    private static RulesException unknown(String where, String text, int at, String name) {
        int line = 1;
        for (int i = 0; i < at; i++) if (text.charAt(i) == '\n') line++;
        return new RulesException(
                where + ":" + line + ": phrase \"" + name + "\" is not defined in any pack's phrases");
    }
}
