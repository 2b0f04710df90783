package org.cxlint.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cxlint.rules.RuleDef;
import org.cxlint.rules.Severity;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final Scorecard CARD = Scorecard.parse("test", """
            passMark: 80
            points: {critical: 100, major: 10, minor: 4, strength: 3}
            categories:
              - {id: own, name: Ownership, weight: 2}
              - {id: emp, name: Empathy, weight: 1}
              - {id: unused, name: Unused, weight: 5}
            rules:
              OWN-SPECIAL: {points: 7}
              OWN-WORST: {critical: true}
            """);

    private static RuleDef rule(String id, String category, Severity s, String appliesWhen) {
        return new RuleDef(id, "p", category, s, "m", "r", appliesWhen, null, null, null);
    }

    private static final RuleDef MAJOR = rule("OWN-MAJOR", "own", Severity.MAJOR, null);
    private static final RuleDef SPECIAL = rule("OWN-SPECIAL", "own", Severity.MAJOR, null);
    private static final RuleDef WORST = rule("OWN-WORST", "own", Severity.MINOR, null);
    private static final RuleDef STRENGTH = rule("OWN-GOOD", "own", Severity.STRENGTH, null);
    private static final RuleDef UPSET = rule("EMP-UPSET", "emp", Severity.MAJOR, "customer-upset");
    private static final Scorer SCORER = new Scorer(CARD, List.of(MAJOR, SPECIAL, WORST, STRENGTH, UPSET));

    @Test
    void faultsCostTheirPointsTimesTheCategoryWeight() {
        Score s = SCORER.score(List.of(MAJOR, SPECIAL), Set.of());
        assertEquals(83.0, s.categories().get(0).score());
        assertEquals(100 - 2 * 17.0, s.overall());
        assertFalse(s.pass());
    }

    @Test
    void strengthsEarnBackWithinTheirCategoryButNeverAbove100() {
        assertEquals(
                93.0,
                SCORER.score(List.of(MAJOR, STRENGTH), Set.of())
                        .categories()
                        .get(0)
                        .score());
        assertEquals(100.0, SCORER.score(List.of(STRENGTH), Set.of()).overall());
    }

    @Test
    void aCategoryWhoseRulesNeedAnAbsentContextIsNotApplicable() {
        Score s = SCORER.score(List.of(), Set.of());
        assertNull(s.categories().get(1).score(), "N/A, not a free 100");
        assertEquals(List.of("EMP-UPSET"), s.notApplicable());
        assertEquals(2, s.categories().size(), "a category with no rules loaded is left out");
        Score upset = SCORER.score(List.of(UPSET), Set.of("customer-upset"));
        assertEquals(90.0, upset.categories().get(1).score());
        assertTrue(upset.notApplicable().isEmpty());
    }

    @Test
    void aCriticalItemFailsOutright() {
        Score s = SCORER.score(List.of(WORST), Set.of());
        assertTrue(s.criticalFailure());
        assertEquals(0.0, s.overall());
        assertFalse(s.pass());
    }

    @Test
    void notApplicablePassShowsAnNaCategoryAs100WithoutChangingTheOverall() {
        String yaml = """
                passMark: 80
                points: {major: 10}
                categories:
                  - {id: own, name: Ownership, weight: 2}
                  - {id: emp, name: Empathy, weight: 1}
                """;
        Scorer skip = new Scorer(Scorecard.parse("skip", yaml), List.of(MAJOR, UPSET));
        Scorer pass = new Scorer(Scorecard.parse("pass", yaml + "notApplicable: pass\n"), List.of(MAJOR, UPSET));
        Score a = skip.score(List.of(MAJOR), Set.of());
        Score b = pass.score(List.of(MAJOR), Set.of());
        assertNull(a.categories().get(1).score());
        assertEquals(100.0, b.categories().get(1).score());
        assertEquals(a.overall(), b.overall());
        assertEquals(List.of("EMP-UPSET"), b.notApplicable());
        assertEquals("skip", Scorecard.parse("d", yaml).notApplicable());
    }

    @Test
    void criticalRulesNameWhatFailedTheCall() {
        Score s = SCORER.score(List.of(MAJOR, WORST), Set.of());
        assertTrue(s.criticalFailure());
        assertEquals(List.of("OWN-WORST"), s.criticalRules());
        assertEquals(List.of(), SCORER.score(List.of(MAJOR), Set.of()).criticalRules());
    }
}
