package org.cxlint.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cxlint.model.Metadata;
import org.cxlint.model.Waiver;
import org.cxlint.result.Fingerprint;
import org.cxlint.result.Report;
import org.cxlint.rules.Severity;
import org.cxlint.score.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's decisions on hand-made reports: no NLP, no rules. */
class GateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** 100 minus 10 a finding, passing at 80. */
    private static Score score(List<String> rules) {
        double s = 100 - 10 * rules.size();
        return new Score(s, s >= 80, 80, false, List.of(), List.of());
    }

    private static Report.Item item(String rule, Severity sev, int turn, String quote) {
        return new Report.Item(rule, "p", "c", sev, 10, turn, "agent", 1, 0, quote.length(), quote, quote, "msg", null);
    }

    private static Report report(Report.Item... items) {
        var info = new Report.TranscriptInfo("t1", "t1.txt", "text", "chat", Metadata.EMPTY, 3, 2);
        List<Report.Item> list = List.of(items);
        return new Report(
                Report.SCHEMA, info, score(list.stream().map(Report.Item::rule).toList()), list);
    }

    private static Gate gate(Thresholds t, Baseline b, boolean record) {
        return new Gate(t, b, record, TODAY, (fired, notApplicable) -> score(fired));
    }

    @Test
    void waiverWinsOverBaselineAndUnusedWaiversAreNoted() {
        Baseline b = Baseline.empty();
        Report r = report(item("A", Severity.MAJOR, 1, "x"));
        b.add(Fingerprint.of(r.transcript(), r.findings().get(0)));
        Report j = gate(new Thresholds(null, Severity.MAJOR), b, false)
                .judge(r, List.of(new Waiver("A", 1, "why", null), new Waiver("B", null, "other", null)), null, null);
        assertEquals(Report.Item.WAIVED, j.findings().get(0).status());
        assertEquals(List.of(), j.verdict().failures());
        assertEquals(List.of("waiver for B matched no finding"), j.verdict().notes());
        assertEquals(100.0, j.verdict().score());
        assertTrue(
                b.absorb(Fingerprint.of(r.transcript(), r.findings().get(0))),
                "the waived finding left the baseline entry alone");
    }

    @Test
    void eachBaselineEntryAbsorbsOneFinding() {
        Baseline b = Baseline.empty();
        Report r = report(item("A", Severity.MINOR, 1, "Our  Policy!"), item("A", Severity.MINOR, 2, "our policy"));
        b.add(new Fingerprint("t1", "A", "our policy"));
        Report j = gate(new Thresholds(85.0, null), b, false).judge(r, List.of(), null, null);
        assertEquals(Report.Item.BASELINED, j.findings().get(0).status());
        assertEquals(null, j.findings().get(1).status());
        assertEquals(List.of(), j.verdict().failures());
        assertEquals(90.0, j.verdict().score());
    }

    @Test
    void expectationsAndThresholdsListEveryMiss() {
        Report r = report(item("A", Severity.MAJOR, 2, "q"), item("B", Severity.MINOR, 3, "w"));
        Expectation e = new Expectation(null, Severity.MINOR, List.of("C"), List.of("B"));
        Report j = gate(new Thresholds(95.0, Severity.MAJOR), null, false).judge(r, List.of(), "s", e);
        assertEquals(
                List.of(
                        "score 80 is under --fail-under 95",
                        "A (major) in turn 2 is at or above --fail-on major",
                        "A (major) in turn 2 is worse than the expected maximum severity minor",
                        "B must not fire but flagged turn 3 (\"w\")",
                        "C must fire but did not"),
                j.verdict().failures());
        assertEquals("s", j.verdict().suite());
    }

    @Test
    void withoutMinScoreTheScorecardPassMarkApplies() {
        Report r = report(
                item("A", Severity.MINOR, 1, "a"),
                item("A", Severity.MINOR, 1, "b"),
                item("A", Severity.MINOR, 1, "c"));
        Report j = gate(Thresholds.NONE, null, false).judge(r, List.of(), "s", Expectation.NONE);
        assertEquals(
                List.of("score 70 is under the scorecard's pass mark 80"),
                j.verdict().failures());
    }

    @Test
    void recordedBaselineRoundTrips(@TempDir Path dir) throws Exception {
        Baseline b = Baseline.empty();
        Report r = report(item("A", Severity.MINOR, 1, "It’s policy"), item("A", Severity.MINOR, 2, "it's POLICY"));
        Report j = gate(Thresholds.NONE, b, true).judge(r, List.of(), null, null);
        assertTrue(j.findings().stream().allMatch(i -> Report.Item.BASELINED.equals(i.status())));
        Path f = dir.resolve("b.json");
        b.save(f);
        assertTrue(java.nio.file.Files.readString(f).contains("\"count\" : 2"), java.nio.file.Files.readString(f));
        Baseline back = Baseline.load(f);
        Fingerprint fp = new Fingerprint("t1", "A", "it's policy");
        assertTrue(back.absorb(fp));
        assertTrue(back.absorb(fp));
        assertEquals(false, back.absorb(fp));
    }
}
