package org.cxlint.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether rules and the principle catalogue (seeds/principles.yaml) tell the same story: the checks the
 * build runs on the bundled rules, also run by {@code cxlint rules test} on any rule folder.
 */
public final class CatalogueCheck {
    private CatalogueCheck() {}

    /**
     * @param complete the rules are the whole set the catalogue describes (the bundled rules or the checkout's
     *                 rules/): then the catalogue must list exactly them and every checkable principle needs one.
     *                 Otherwise (a team's own rules) each rule must still check a catalogued, checkable principle,
     *                 and a rule the catalogue lists must check the principle it is listed under.
     * @return one line per problem; empty when they agree
     */
    public static List<String> problems(PrincipleCatalogue catalogue, Collection<RuleDef> rules, boolean complete) {
        List<String> out = new ArrayList<>();
        Set<String> principleIds = new HashSet<>();
        Map<String, String> listedUnder = new TreeMap<>();
        for (PrincipleCatalogue.Principle p : catalogue.principles()) {
            if (!principleIds.add(p.id())) out.add("principle " + p.id() + " is catalogued twice");
            if (p.sources().isEmpty()) out.add("principle " + p.id() + " cites no article");
            for (PrincipleCatalogue.Source s : p.sources()) {
                if (catalogue.article(s.article()).isEmpty()) out.add("principle " + p.id() + " cites unknown article " + s.article());
            }
            if (!p.checkable() && (p.reason() == null || p.reason().isBlank())) {
                out.add("principle " + p.id() + " is not checkable but gives no reason");
            }
            for (String id : p.rules()) listedUnder.put(id, p.id());
        }
        Set<String> loaded = new HashSet<>();
        Set<String> checked = new HashSet<>();
        for (RuleDef r : rules) {
            loaded.add(r.id());
            checked.add(r.principle());
            var p = catalogue.principle(r.principle());
            if (p.isEmpty()) out.add(r.id() + " checks principle " + r.principle() + ", which the catalogue does not list");
            else if (!p.get().checkable()) out.add(r.id() + " checks " + r.principle() + ", which the catalogue marks not checkable");
            String under = listedUnder.get(r.id());
            if (under != null && !under.equals(r.principle())) {
                out.add(r.id() + " checks " + r.principle() + " but the catalogue lists it under " + under);
            } else if (under == null && complete) {
                out.add(r.id() + " is not listed under its principle " + r.principle() + " in the catalogue");
            }
        }
        if (complete) {
            listedUnder.forEach((id, p) -> {
                if (!loaded.contains(id)) out.add("the catalogue lists " + id + " under " + p + ", but there is no such rule");
            });
            for (PrincipleCatalogue.Principle p : catalogue.principles()) {
                if (p.checkable() && !checked.contains(p.id())) out.add("checkable principle " + p.id() + " has no rule");
            }
        }
        return out;
    }
}
