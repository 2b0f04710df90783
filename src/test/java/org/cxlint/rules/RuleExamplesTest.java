package org.cxlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cxlint.Linter;
import org.cxlint.TestLinter;
import org.cxlint.report.Report;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule ships with examples (LanguageTool's discipline): each "flag" example must flag at its
 * [[mark]], each "pass" example must not flag, and the rule's rewrite spliced into a flagged
 * sentence must not flag again.
 */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicNode> everyRuleHasWorkingExamples() {
        Linter linter = TestLinter.get();
        return linter.rules().values().stream().map(def -> DynamicContainer.dynamicContainer(def.id(), cases(linter, def)));
    }

    private static Stream<DynamicNode> cases(Linter linter, RuleDef def) {
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(dynamicTest("has flag and pass examples and a rewrite", () -> {
            assertNotNull(def.examples(), def.id() + " has no examples");
            assertFalse(def.examples().flag().isEmpty(), def.id() + " has no example that must flag");
            assertFalse(def.examples().pass().isEmpty(), def.id() + " has no example that must pass");
            assertNotNull(def.rewrite(), def.id() + " has no rewrite");
        }));
        if (def.examples() == null) return tests.stream();
        int n = 0;
        for (String text : def.examples().flag()) {
            String name = def.id() + " flag #" + ++n;
            tests.add(dynamicTest(name + ": " + oneLine(text), () -> flags(linter, def, Example.parse(name, text))));
        }
        n = 0;
        for (String text : def.examples().pass()) {
            String name = def.id() + " pass #" + ++n;
            tests.add(dynamicTest(name + ": " + oneLine(text), () -> {
                Report r = linter.score(Example.parse(name, text).transcript());
                assertTrue(ids(r, def.id()).isEmpty(), name + " must not flag but got " + ids(r, def.id()));
            }));
        }
        return tests.stream();
    }

    private static void flags(Linter linter, RuleDef def, Example ex) {
        assertTrue(ex.markTurn() >= 0, "a flag example needs a [[mark]] on the words that must be flagged");
        Report r = linter.score(ex.transcript());
        List<Report.Item> mine = ids(r, def.id());
        Report.Item hit = mine.stream().filter(i -> i.turn() == ex.markTurn() + 1).findFirst()
                .orElseThrow(() -> new AssertionError("expected " + def.id() + " in turn " + (ex.markTurn() + 1)
                        + ", got " + r.findings().stream().map(i -> i.rule() + "@" + i.turn()).toList()));
        assertEquals(ex.markStart() + ":" + ex.markEnd(), hit.start() + ":" + hit.end(),
                def.id() + " flagged \"" + hit.quote() + "\" instead of the marked words");
        // the suggested rewrite, spliced into the sentence, must not trigger the same rule again
        String turnText = ex.transcript().turns().get(ex.markTurn()).text();
        int b = turnText.lastIndexOf(hit.sentence(), hit.start());
        String rewritten = turnText.substring(0, b) + hit.suggestion() + turnText.substring(b + hit.sentence().length());
        Report again = linter.score(ex.withTurnText(ex.markTurn(), rewritten));
        assertTrue(ids(again, def.id()).isEmpty(), "rewrite \"" + rewritten + "\" still triggers " + def.id());
    }

    private static List<Report.Item> ids(Report r, String rule) {
        return r.findings().stream().filter(i -> i.rule().equals(rule)).toList();
    }

    private static String oneLine(String s) {
        String l = s.replace("\n", " / ");
        return l.length() > 70 ? l.substring(0, 67) + "..." : l;
    }
}
