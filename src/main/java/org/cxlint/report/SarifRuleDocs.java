package org.cxlint.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.rules.PrincipleCatalogue;
import org.cxlint.rules.RuleDef;

/**
 * The help pages SARIF's {@code helpUri} points at: one Markdown page per rule, {@code docs/rules/RULE-ID.md}
 * (principle, source articles, message, rewrite, examples), and a README listing them. Built from the loaded
 * rules and the principle catalogue, so a page cannot say something the rule does not; RuleDocsTest fails when
 * the committed pages are stale and rewrites them with {@code -Dcxlint.updateRuleDocs=true}.
 */
public final class SarifRuleDocs {
    private SarifRuleDocs() {}

    /** File name (RULE-ID.md, README.md) to content, in id order. */
    public static Map<String, String> pages(Collection<RuleDef> rules, PrincipleCatalogue catalogue) {
        List<RuleDef> sorted =
                rules.stream().sorted(Comparator.comparing(RuleDef::id)).toList();
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder index = new StringBuilder("# cxlint rules\n\n")
                .append(
                        "Generated from the bundled rules and seeds/principles.yaml; do not edit by hand (see README, \"Rule pages\").\n\n")
                .append("| Rule | Severity | Category | Principle |\n| --- | --- | --- | --- |\n");
        for (RuleDef r : sorted) {
            out.put(r.id() + ".md", page(r, catalogue));
            index.append("| [")
                    .append(r.id())
                    .append("](")
                    .append(r.id())
                    .append(".md) | ")
                    .append(r.severity().label())
                    .append(" | ")
                    .append(r.category())
                    .append(" | ")
                    .append(principleTitle(r, catalogue))
                    .append(" |\n");
        }
        out.put("README.md", index.toString());
        return out;
    }

    static String page(RuleDef r, PrincipleCatalogue catalogue) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(r.id()).append("\n\n");
        b.append("Severity: **")
                .append(r.severity().label())
                .append("** · category: ")
                .append(r.category());
        if (r.appliesWhen() != null) b.append(" · applies when: ").append(r.appliesWhen());
        b.append("\n\n## Message\n\n").append(r.message().strip()).append("\n");
        if (r.rewrite() != null) {
            b.append("\n## Rewrite\n\n")
                    .append(SarifRenderer.template(r.rewrite()))
                    .append("\n");
            if (!r.rewrites().isEmpty()) {
                b.append(
                        "\nFor particular flagged words (a case-insensitive regular expression on them), first match wins:\n\n");
                for (var c : r.rewrites()) {
                    b.append("- `")
                            .append(c.when().pattern())
                            .append("`: ")
                            .append(SarifRenderer.template(c.rewrite()))
                            .append("\n");
                }
            }
        }
        b.append("\n## Principle\n\n");
        var p = catalogue.principle(r.principle());
        if (p.isEmpty()) {
            b.append("`").append(r.principle()).append("`\n");
        } else {
            b.append("**")
                    .append(p.get().title())
                    .append("** (`")
                    .append(r.principle())
                    .append("`)\n\n");
            if (p.get().summary() != null) b.append(p.get().summary().strip()).append("\n");
            if (!p.get().sources().isEmpty()) {
                b.append("\n## Articles\n\n");
                for (PrincipleCatalogue.Source s : p.get().sources()) {
                    b.append("- ")
                            .append(catalogue
                                    .article(s.article())
                                    .map(a -> "\"" + a.title() + "\"" + (a.author() == null ? "" : ", " + a.author())
                                            + (a.date() == null ? "" : ", " + a.date()))
                                    .orElse(s.article()))
                            .append(" (")
                            .append(s.article())
                            .append(", ")
                            .append(s.item())
                            .append(")\n");
                }
            }
        }
        examples(
                b,
                "Flagged",
                "The words in [[ ]] are the ones the rule flags; [[*]] marks a turn flagged as a whole.",
                r.examples() == null ? List.of() : r.examples().flag());
        examples(
                b,
                "Not flagged",
                null,
                r.examples() == null ? List.of() : r.examples().pass());
        return b.toString();
    }

    private static void examples(StringBuilder b, String title, String note, List<String> examples) {
        if (examples.isEmpty()) return;
        b.append("\n## ").append(title).append("\n\n");
        if (note != null) b.append(note).append("\n\n");
        for (String e : examples) b.append("```text\n").append(e.strip()).append("\n```\n\n");
        b.setLength(b.length() - 1);
    }

    private static String principleTitle(RuleDef r, PrincipleCatalogue catalogue) {
        return catalogue
                .principle(r.principle())
                .map(PrincipleCatalogue.Principle::title)
                .orElse(r.principle());
    }
}
