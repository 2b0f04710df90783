package org.cxlint.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cxlint.Linter;
import org.cxlint.TestLinter;
import org.cxlint.gate.Gate;
import org.cxlint.gate.Thresholds;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.cxlint.model.Waiver;
import org.cxlint.result.Report;
import org.cxlint.rules.RulesException;
import org.cxlint.rules.Severity;
import org.junit.jupiter.api.Test;

/** The one policy every front end applies to a transcript: score, waivers, verdict only when asked, isolation. */
class ScoringTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Linter LINTER = TestLinter.get();

    private static Transcript call(List<Waiver> waivers) {
        return new Transcript(
                "t",
                "t.txt",
                "text",
                "call",
                null,
                List.of(
                        new Turn(0, Speaker.CUSTOMER, "My card was charged twice.", null, null),
                        new Turn(
                                1,
                                Speaker.AGENT,
                                "That's not my job, our policy says you have to call the bank.",
                                null,
                                null)),
                waivers);
    }

    private static String firstFault(Report r) {
        return r.findings().stream()
                .filter(i -> !i.isStrength())
                .findFirst()
                .orElseThrow()
                .rule();
    }

    @Test
    void aPlainRunMarksWaiversAndAddsNoVerdict() {
        Report unwaived = Scoring.plain(LINTER, TODAY).run(call(List.of())).report();
        String rule = firstFault(unwaived);
        Outcome o = Scoring.plain(LINTER, TODAY).run(call(List.of(new Waiver(rule, null, "agreed script", null))));
        assertTrue(o.isOk());
        assertNull(o.report().verdict());
        assertEquals(
                Report.Item.WAIVED,
                o.report().findings().stream()
                        .filter(i -> i.rule().equals(rule))
                        .findFirst()
                        .orElseThrow()
                        .status());
        assertNull(unwaived.verdict());
    }

    @Test
    void aGateAddsItsVerdict() {
        Gate gate = new Gate(new Thresholds(null, Severity.MINOR), null, false, TODAY, LINTER::scoreOf);
        Outcome o = Scoring.gated(LINTER, gate, true, source -> null).run(call(List.of()));
        assertNotNull(o.report().verdict());
        assertTrue(o.report().verdict().failed());
    }

    @Test
    void aTranscriptThatFailsIsItsOwnErrorRowAndBrokenRulesStopTheRun() {
        Scoring scoring = Scoring.plain(LINTER, TODAY);
        Outcome failed = scoring.withScorer(t -> {
                    throw new ArithmeticException("long overflow");
                })
                .run(call(List.of()));
        assertFalse(failed.isOk());
        assertEquals("t.txt", failed.error().file());
        assertTrue(
                failed.error().reason().startsWith("could not be scored: "),
                failed.error().reason());
        assertFalse(
                failed.error().reason().contains("Arithmetic"), failed.error().reason());

        assertThrows(
                RulesException.class,
                () -> scoring.withScorer(t -> {
                            throw new RulesException("rules/x.drl: broken");
                        })
                        .run(call(List.of())));
    }

    @Test
    void laterStepsApplyToEveryJudgedReport() {
        Outcome o = Scoring.plain(LINTER, TODAY)
                .then(r -> r.with(r.transcript().withMedia("https://rec/t"), r.findings()))
                .run(call(List.of()));
        assertEquals("https://rec/t", o.report().transcript().media());
    }
}
