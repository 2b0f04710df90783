package org.cxlint.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cxlint.model.Metadata;
import org.cxlint.rules.Severity;
import org.cxlint.score.Score;
import org.junit.jupiter.api.Test;

class BreakdownTest {
    private static Report report(String agent, String team, String date, double score, String... faults) {
        var info = new Report.TranscriptInfo(
                "id", "src", "json", "call", new Metadata(agent, team, null, date, Map.of()), 2, 1);
        List<Report.Item> items = java.util.Arrays.stream(faults)
                .map(r -> new Report.Item(
                        r, "p", "c", Severity.MAJOR, 10, 1, "agent", null, null, null, null, null, "m", null))
                .toList();
        return new Report(Report.SCHEMA, info, new Score(score, score >= 80, 80, false, List.of(), List.of()), items);
    }

    @Test
    void groupsByAgentAndTeamWithBandsTopFindingsAndTrend() {
        Breakdown b = new Breakdown();
        b.add(report("Ana", "A", "2026-10-05", 95, "X", "Y"));
        b.add(report("Ana", "A", "2026-10-06T09:30:00Z", 45, "X"));
        b.add(report("Bo", "A", "2026-10-12", 80));
        b.add(report(null, null, "not a date", 100, "Z"));
        assertTrue(b.hasGroups());
        Breakdown.View v = b.view();
        assertEquals(
                List.of("(none)", "Ana", "Bo"),
                v.agents().stream().map(Breakdown.GroupView::name).toList());
        Breakdown.GroupView ana = v.agents().get(1);
        assertEquals(2, ana.transcripts());
        assertEquals(70.0, ana.meanScore());
        assertEquals(50.0, ana.passRate());
        assertEquals(1, ana.distribution().get("0-49"));
        assertEquals(1, ana.distribution().get("90-100"));
        assertEquals(new Breakdown.RuleCount("X", 2), ana.topFindings().get(0));
        assertEquals(
                List.of(new Breakdown.Trend("2026-10-05", 1, 95.0), new Breakdown.Trend("2026-10-06", 1, 45.0)),
                ana.byDate());
        assertEquals(List.of(new Breakdown.Trend("2026-W41", 2, 70.0)), ana.byWeek());
        assertNull(v.agents().get(0).byDate(), "no usable date, no trend");
        assertEquals(1, v.agents().get(2).distribution().get("80-89"));
        assertEquals(4, v.overall().transcripts());
        assertEquals(2, v.teams().size());
    }

    @Test
    void aSingleAgentAndTeamIsNotAGroupedBatch() {
        Breakdown b = new Breakdown();
        b.add(report("Ana", "A", null, 90));
        b.add(report("Ana", "A", null, 70));
        assertFalse(b.hasGroups());
        assertEquals("2026-W53", GroupTally.isoWeek("2026-12-31"));
        assertEquals("2027-W01", GroupTally.isoWeek("2027-01-04"));
    }

    @Test
    void theRulesScoreBandsSetTheDistribution() {
        Breakdown standard = new Breakdown();
        Breakdown team = new Breakdown(
                org.cxlint.rules.RuleSettings.parse("team/settings.yaml", "summary:\n  scoreBands: [0, 80, 95]\n")
                        .scoreBands());
        for (double score : new double[] {79.9, 85, 100}) {
            standard.add(report("Ana", "A", null, score));
            team.add(report("Ana", "A", null, score));
        }
        assertEquals(
                Map.of("0-49", 0, "50-59", 0, "60-69", 0, "70-79", 1, "80-89", 1, "90-100", 1),
                standard.view().overall().distribution());
        assertEquals(
                List.of("0-79", "80-94", "95-100"),
                List.copyOf(team.view().overall().distribution().keySet()));
        assertEquals(
                List.of(1, 1, 1),
                List.copyOf(team.view().overall().distribution().values()));
    }
}
