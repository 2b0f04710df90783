package org.cxlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cxlint.TestLinter;
import org.junit.jupiter.api.Test;

/** The catalogue and the rule packs must tell the same story. */
class PrincipleCatalogueTest {
    private static PrincipleCatalogue catalogue() throws IOException {
        return PrincipleCatalogue.parse("seeds/principles.yaml", Files.readString(Path.of("seeds/principles.yaml")));
    }

    @Test
    void everyRuleNamesACataloguedCheckablePrinciple() throws IOException {
        PrincipleCatalogue c = catalogue();
        for (RuleDef r : TestLinter.get().rules().values()) {
            var p = c.principle(r.principle());
            assertTrue(p.isPresent(), r.id() + " names unknown principle " + r.principle());
            assertTrue(
                    p.get().checkable(),
                    r.id() + " checks " + r.principle() + ", which the catalogue marks not checkable");
        }
    }

    @Test
    void rulesByPrincipleComesFromEachRulesOwnPrinciple() {
        var rules = TestLinter.get().rules().values();
        Map<String, java.util.List<String>> by = PrincipleCatalogue.rulesByPrinciple(rules);
        assertEquals(
                rules.size(),
                by.values().stream().mapToInt(java.util.List::size).sum());
        for (RuleDef r : rules) assertTrue(by.get(r.principle()).contains(r.id()), r.id());
        assertEquals(java.util.List.of("OWN-DEFLECT", "OWN-HANDOFF", "OWN-TAKEN"), by.get("own-the-problem"));
    }

    @Test
    void everyCheckablePrincipleHasARule() throws IOException {
        Set<String> checked = TestLinter.get().rules().values().stream()
                .map(RuleDef::principle)
                .collect(Collectors.toSet());
        for (var p : catalogue().principles()) {
            if (p.checkable()) assertTrue(checked.contains(p.id()), "checkable principle " + p.id() + " has no rule");
        }
    }

    @Test
    void everyPrincipleCitesKnownArticlesAndSaysWhyWhenNotCheckable() throws IOException {
        PrincipleCatalogue c = catalogue();
        Set<String> ids = new TreeSet<>();
        for (var p : c.principles()) {
            assertTrue(ids.add(p.id()), "duplicate principle id " + p.id());
            assertTrue(!p.sources().isEmpty(), p.id() + " cites no article");
            p.sources()
                    .forEach(s -> assertTrue(
                            c.article(s.article()).isPresent(), p.id() + " cites unknown article " + s.article()));
            assertTrue(
                    p.checkable() || (p.reason() != null && !p.reason().isBlank()),
                    p.id() + " is not checkable but gives no reason");
        }
        assertEquals(
                Set.of("A1", "A2", "A3", "A4", "A5"),
                c.articles().stream().map(PrincipleCatalogue.Article::id).collect(Collectors.toSet()));
    }
}
