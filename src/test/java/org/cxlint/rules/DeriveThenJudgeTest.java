package org.cxlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cxlint.Linter;
import org.cxlint.TestLinter;
import org.cxlint.engine.Finding;
import org.junit.jupiter.api.Test;

/**
 * Facts and findings are inserted logically, so a rule's order of firing cannot change a report: what loses its
 * support goes. The bundled DRL says so, and a rule that fires early is corrected by a fact derived late.
 */
class DeriveThenJudgeTest {
    private static final RuleFiles BUNDLED = RuleFiles.fromDirectory(Path.of("rules"));

    @Test
    void theBundledDrlNeitherOrdersRulesNorInsertsWithoutSupport() {
        for (var e : BUNDLED.drl().entrySet()) {
            assertFalse(e.getValue().contains("\n    salience "), e.getKey() + " orders rules by salience");
            assertFalse(
                    e.getValue().contains(" insert("), e.getKey() + " inserts a fact that would outlive its support");
        }
        assertFalse(MatchRules.drl(TestLinter.get().rules().values()).contains(" insert("));
    }

    @Test
    void aJudgementMadeBeforeItsExclusionWasDerivedIsWithdrawn() throws Exception {
        // a rule that fires on every refusal at top priority, and whose finding should go once a way forward is
        // derived: with logical insertion the late fact takes it back, whatever the agenda did first
        String drl = """
                package org.cxlint.rules
                import org.cxlint.facts.PhraseHit
                import org.cxlint.engine.Finding

                rule "POS-TEST-EAGER"
                    salience 100
                when
                    $h : PhraseHit(phrase == "refusal", agent == true, plain == true)
                    not WayForward(agentTurn == $h.agentTurn)
                then
                    insertLogical(new Finding(drools.getRule().getName(), $h));
                end
                """;
        String yaml = """
                rules:
                  - id: POS-TEST-EAGER
                    principle: positive-language
                    category: positive-language
                    severity: minor
                    message: test
                    examples: {flag: [], pass: []}
                """;
        Map<String, String> packs = new TreeMap<>(BUNDLED.packs());
        packs.put("zz-eager.yaml", yaml);
        Map<String, String> drls = new TreeMap<>(BUNDLED.drl());
        drls.put("zz-eager.drl", drl);
        Linter linter = Linter.load(new RuleFiles("test", drls, packs, BUNDLED.scorecard()), TestLinter.nlp());
        List<String> withWay = fired(
                linter,
                "Customer: Can I get a refund?\nAgent: I can't refund it, but you can exchange it in any store.");
        assertFalse(withWay.contains("POS-TEST-EAGER"), withWay.toString());
        List<String> without = fired(linter, "Customer: Can I get a refund?\nAgent: I can't refund it.");
        assertTrue(without.contains("POS-TEST-EAGER"), without.toString());
        assertEquals(without.contains("POS-REFUSAL"), true);
    }

    private static List<String> fired(Linter linter, String text) throws Exception {
        return linter.findings(RuleExample.parse("t", text).transcript()).stream()
                .map(Finding::rule)
                .toList();
    }
}
