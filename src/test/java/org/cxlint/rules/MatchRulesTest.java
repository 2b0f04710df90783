package org.cxlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cxlint.Linter;
import org.cxlint.TestLinter;
import org.cxlint.engine.Finding;
import org.cxlint.ruletest.RuleTester;
import org.junit.jupiter.api.Test;

/** A phrase rule written as one YAML entry: its match becomes DRL, and a bad one is refused with its place. */
class MatchRulesTest {
    private static final RuleFiles BUNDLED = RuleFiles.fromDirectory(Path.of("rules"));

    /** The repository's rules plus one pack holding {@code yaml}. */
    private static RuleFiles with(String yaml, Map<String, String> drl) {
        Map<String, String> packs = new TreeMap<>(BUNDLED.packs());
        packs.put("zz-extra.yaml", yaml);
        Map<String, String> allDrl = new TreeMap<>(BUNDLED.drl());
        allDrl.putAll(drl);
        return new RuleFiles("test", allDrl, packs, BUNDLED.scorecard());
    }

    private static String rule(String match) {
        return """
                rules:
                  - id: PRO-TEST-SLANG
                    principle: courtesy-always
                    category: professionalism
                    severity: minor
                    message: Slang the customer may not follow.
                    rewrite: "Let me put that plainly."
                %s
                    examples:
                      flag: ["Agent: That's [[totes]] fine."]
                      pass: ["Agent: That's fine."]
                """.formatted(match);
    }

    private static List<String> fired(Linter linter, String text) throws Exception {
        RuleExample ex = RuleExample.parse("t", text);
        return linter.findings(ex.transcript()).stream().map(Finding::rule).toList();
    }

    @Test
    void aPhraseRuleIsOneYamlEntryAndRunsItsExamples() throws Exception {
        Linter linter = Linter.load(with(rule("""
                    match:
                      patterns: ["totes|yeet"]
                      except: ["yeet the ball"]
                """), Map.of()), TestLinter.nlp());
        assertTrue(linter.rules().containsKey("PRO-TEST-SLANG"));
        assertTrue(fired(linter, "Agent: That's totes fine.").contains("PRO-TEST-SLANG"));
        assertTrue(!fired(linter, "Agent: Let me put that plainly.").contains("PRO-TEST-SLANG"));
        assertTrue(
                !fired(linter, "Agent: I'd never say totes.").contains("PRO-TEST-SLANG"),
                "negated does not count by default");
        assertTrue(!fired(linter, "Customer: Totes broken.").contains("PRO-TEST-SLANG"), "the agent's rule");
        var results = new RuleTester(linter).test(linter.rules().get("PRO-TEST-SLANG"), null);
        assertTrue(results.stream().allMatch(RuleTester.Result::passed), results.toString());
    }

    @Test
    void countsSpeakerAndFirstTurnChangeWhatFires() throws Exception {
        Linter negated = Linter.load(with(rule("""
                    match:
                      patterns: ["totes"]
                      counts: [negated]
                """), Map.of()), TestLinter.nlp());
        assertTrue(fired(negated, "Agent: I'd never say totes.").contains("PRO-TEST-SLANG"));

        Linter customer = Linter.load(with(rule("""
                    match:
                      patterns: ["totes"]
                      speaker: customer
                """), Map.of()), TestLinter.nlp());
        assertTrue(fired(customer, "Customer: Totes broken.\nAgent: Sorry.").contains("PRO-TEST-SLANG"));
        assertTrue(!fired(customer, "Agent: Totes fine.").contains("PRO-TEST-SLANG"));

        Linter first = Linter.load(with(rule("""
                    match:
                      patterns: ["totes"]
                      firstAgentTurn: true
                """), Map.of()), TestLinter.nlp());
        assertTrue(
                fired(first, "Agent: Totes fine.\nCustomer: Ok.\nAgent: Bye.").contains("PRO-TEST-SLANG"));
        assertTrue(
                !fired(first, "Agent: Hi.\nCustomer: Ok.\nAgent: Totes fine.").contains("PRO-TEST-SLANG"));
    }

    @Test
    void oncePerTurnAndUnlessInTurn() throws Exception {
        Linter once = Linter.load(with(rule("""
                    match:
                      patterns: ["totes"]
                      oncePerTurn: true
                """), Map.of()), TestLinter.nlp());
        assertEquals(
                1,
                fired(once, "Agent: Totes fine. Totes done.").stream()
                        .filter("PRO-TEST-SLANG"::equals)
                        .count());
        Linter twice = Linter.load(with(rule("""
                    match:
                      patterns: ["totes"]
                """), Map.of()), TestLinter.nlp());
        assertEquals(
                2,
                fired(twice, "Agent: Totes fine. Totes done.").stream()
                        .filter("PRO-TEST-SLANG"::equals)
                        .count());

        Linter unless = Linter.load(with(rule("""
                    match:
                      patterns: ["totes"]
                      unlessInTurn: [apology]
                """), Map.of()), TestLinter.nlp());
        assertTrue(!fired(unless, "Agent: Totes fine, I'm so sorry about that.").contains("PRO-TEST-SLANG"));
        assertTrue(fired(unless, "Agent: Totes fine.").contains("PRO-TEST-SLANG"));
    }

    @Test
    void theGeneratedDrlIsPrintableAndReadsLikeTheHandWrittenKind() {
        RuleDef r = TestLinter.get().rules().get("OWN-HANDOFF");
        String drl = MatchRules.drl(r);
        assertTrue(
                drl.contains(
                        "rule \"OWN-HANDOFF\"\nwhen\n    $h : PhraseHit(phrase == \"handoff\", agent == true, plain == true)\n"
                                + "    not PhraseHit(phrase in (\"deflect\", \"ownership\"), agent == true, plain == true, turn == $h.turn)\nthen\n"),
                drl);
        assertTrue(!drl.contains("\n\n\n"), drl);
    }

    @Test
    void aBadMatchIsRefusedWithFileAndRule() {
        assertProblem(
                rule("""
                    match:
                      phrase: apology
                      patterns: ["totes"]
                """), "zz-extra.yaml: rule PRO-TEST-SLANG: match: needs either phrase or patterns, not both");
        assertProblem(rule("""
                    match:
                      patterns: ["totes"]
                      speaker: bot
                """), "match: speaker must be agent or customer, not bot");
        assertProblem(rule("""
                    match:
                      patterns: ["totes"]
                      counts: [sarcastic]
                """), "match: counts takes negated, quoted or hypothetical, not sarcastic");
        assertProblem(rule("""
                    match:
                      phrase: apologyy
                """), "rule PRO-TEST-SLANG: match names phrase apologyy, which no pack defines");
        assertProblem(rule("""
                    match:
                      patterns: ["totes"]
                      unknownKey: 1
                """), "zz-extra.yaml:");
    }

    @Test
    void aTypoInAHandWrittenRulesPhraseNameIsCaughtAtLoad() {
        String drl = """
                package org.cxlint.rules
                import org.cxlint.facts.PhraseHit
                import org.cxlint.engine.Finding

                rule "PRO-TEST-SLANG"
                when
                    $h : PhraseHit(phrase in ("apology", "apolgy"), agent == true)
                then
                    insert(new Finding(drools.getRule().getName(), $h));
                end
                """;
        RulesException e = assertThrows(
                RulesException.class, () -> Linter.load(with(rule(""), Map.of("zz-extra.drl", drl)), TestLinter.nlp()));
        assertEquals("test/zz-extra.drl:7: phrase \"apolgy\" is not defined in any pack's phrases", e.getMessage());
    }

    private static void assertProblem(String yaml, String expected) {
        RulesException e =
                assertThrows(RulesException.class, () -> Linter.load(with(yaml, Map.of()), TestLinter.nlp()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
