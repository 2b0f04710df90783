package org.cxlint.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.cxlint.Linter;
import org.cxlint.TestLinter;
import org.cxlint.ruletest.RuleTester;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule ships with examples (LanguageTool's discipline), run here through the same RuleTester
 * that `cxlint rules test` uses, with the extra cases in rules/cases/.
 */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicNode> everyRuleHasWorkingExamples() {
        Linter linter = TestLinter.get();
        RuleTester tester = new RuleTester(linter);
        Map<String, RuleDef.Examples> extra = RuleTester.extraCases(Path.of("rules"));
        extra.keySet()
                .forEach(id -> assertTrue(linter.rules().containsKey(id), "rules/cases names unknown rule " + id));
        return linter.rules().values().stream()
                .map(def -> DynamicContainer.dynamicContainer(
                        def.id(),
                        tester.test(def, extra.get(def.id())).stream()
                                .map(r -> dynamicTest(r.name(), () -> {
                                    assertTrue(r.passed(), r.rule() + " " + r.name() + ": " + r.problem());
                                }))));
    }
}
