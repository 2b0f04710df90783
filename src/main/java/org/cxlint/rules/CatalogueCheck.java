package org.cxlint.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether rules and the principle catalogue (seeds/principles.yaml) tell the same story: the checks the
 * build runs on the bundled rules, also run by {@code cxlint rules test} on any rule folder.
 */
public final class CatalogueCheck {
    private CatalogueCheck() {}

    /**
     * @param complete the rules are the whole set the catalogue describes (the bundled rules or the checkout's
     *                 rules/): then every checkable principle needs one. Otherwise (a team's own rules) each rule
     *                 must still check a catalogued, checkable principle.
     * @return one line per problem; empty when they agree
     */
    public static List<String> problems(PrincipleCatalogue catalogue, Collection<RuleDef> rules, boolean complete) {
        List<String> out = new ArrayList<>();
        Set<String> principleIds = new HashSet<>();
        for (PrincipleCatalogue.Principle p : catalogue.principles()) {
            if (!principleIds.add(p.id())) out.add("principle " + p.id() + " is catalogued twice");
            if (p.sources().isEmpty()) out.add("principle " + p.id() + " cites no article");
            for (PrincipleCatalogue.Source s : p.sources()) {
                if (catalogue.article(s.article()).isEmpty())
                    out.add("principle " + p.id() + " cites unknown article " + s.article());
            }
            if (!p.checkable() && (p.reason() == null || p.reason().isBlank())) {
                out.add("principle " + p.id() + " is not checkable but gives no reason");
            }
        }
        Set<String> checked = new HashSet<>();
        for (RuleDef r : rules) {
            checked.add(r.principle());
            var p = catalogue.principle(r.principle());
            if (p.isEmpty())
                out.add(r.id() + " checks principle " + r.principle() + ", which the catalogue does not list");
            else if (!p.get().checkable())
                out.add(r.id() + " checks " + r.principle() + ", which the catalogue marks not checkable");
        }
        if (complete) {
            for (PrincipleCatalogue.Principle p : catalogue.principles()) {
                if (p.checkable() && !checked.contains(p.id()))
                    out.add("checkable principle " + p.id() + " has no rule");
            }
        }
        return out;
    }
}
