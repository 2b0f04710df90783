package org.cxlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cxlint.TestLinter;
import org.cxlint.rules.RuleDef;
import org.cxlint.rules.Severity;
import org.junit.jupiter.api.Test;

class RuleSelectionTest {
    private static final Map<String, RuleDef> RULES = TestLinter.get().rules();

    private static RuleSelection.Selectors file(String key, String... values) {
        List<Located> items = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) items.add(new Located(values[i], i + 2));
        return new RuleSelection.Selectors("cfg.yaml", key, new LocatedList(items, 1));
    }

    private static Set<String> on(RuleSelection s) {
        Set<String> on = new TreeSet<>(RULES.keySet());
        on.removeAll(s.off());
        return on;
    }

    private static Set<String> where(java.util.function.Predicate<RuleDef> p) {
        return RULES.values().stream().filter(p).map(RuleDef::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void selectsByIdCategoryOrSeverityAndIgnoreWins() {
        RuleSelection s = RuleSelection.resolve(
                RULES, file("select", "ownership", "pos-policy"), file("ignore", "OWN-HANDOFF"), Map.of(), "cfg.yaml");
        Set<String> expected = where(r -> r.category().equals("ownership"));
        expected.add("POS-POLICY");
        expected.remove("OWN-HANDOFF");
        assertEquals(expected, on(s));

        RuleSelection noStrengths =
                RuleSelection.resolve(RULES, null, file("ignore", "strength"), Map.of(), "cfg.yaml");
        assertEquals(where(r -> !r.isStrength()), on(noStrengths));
        assertTrue(
                RuleSelection.resolve(RULES, null, null, Map.of(), "cfg.yaml").isAll());
    }

    @Test
    void severitySelectorsSeeTheOverriddenSeverity() {
        RuleDef major = RULES.values().stream()
                .filter(r -> r.severity() == Severity.MAJOR)
                .findFirst()
                .orElseThrow();
        RuleSelection s = RuleSelection.resolve(
                RULES,
                file("select", "minor"),
                null,
                Map.of(major.id().toLowerCase(), new SeverityOverride(Severity.MINOR, 7)),
                "cfg.yaml");
        Set<String> expected = where(r -> r.severity() == Severity.MINOR);
        expected.add(major.id());
        assertEquals(expected, on(s));
        assertEquals(Map.of(major.id(), Severity.MINOR), s.severities());
    }

    @Test
    void namesThatMatchNoRuleAreErrorsAtTheirLine() {
        assertEquals(
                "cfg.yaml:3: ignore: \"OWN-NOPE\" is no rule id, category or severity of the loaded rules (see `cxlint rules list`)",
                assertThrows(
                                ConfigException.class,
                                () -> RuleSelection.resolve(
                                        RULES, null, file("ignore", "OWN-DEFLECT", "OWN-NOPE"), Map.of(), "cfg.yaml"))
                        .getMessage());
        assertEquals(
                "--select: \"nope\" is no rule id, category or severity of the loaded rules (see `cxlint rules list`)",
                assertThrows(
                                ConfigException.class,
                                () -> RuleSelection.resolve(
                                        RULES,
                                        new RuleSelection.Selectors(
                                                "--select", "select", LocatedList.option(List.of("nope"))),
                                        null,
                                        Map.of(),
                                        "cfg.yaml"))
                        .getMessage());
        assertEquals(
                "cfg.yaml:9: severity: no rule \"NOPE-1\" (see `cxlint rules list`)",
                assertThrows(
                                ConfigException.class,
                                () -> RuleSelection.resolve(
                                        RULES,
                                        null,
                                        null,
                                        Map.of("NOPE-1", new SeverityOverride(Severity.MINOR, 9)),
                                        "cfg.yaml"))
                        .getMessage());
        String strength = where(RuleDef::isStrength).iterator().next();
        assertEquals(
                "cfg.yaml:4: severity: " + strength + " is a strength; only a fault's severity can be changed",
                assertThrows(
                                ConfigException.class,
                                () -> RuleSelection.resolve(
                                        RULES,
                                        null,
                                        null,
                                        Map.of(strength, new SeverityOverride(Severity.MAJOR, 4)),
                                        "cfg.yaml"))
                        .getMessage());
        assertEquals(
                "cfg.yaml: select and ignore leave no rule to run",
                assertThrows(
                                ConfigException.class,
                                () -> RuleSelection.resolve(
                                        RULES,
                                        file("select", "ownership"),
                                        file("ignore", "ownership"),
                                        Map.of(),
                                        "cfg.yaml"))
                        .getMessage());
    }
}
