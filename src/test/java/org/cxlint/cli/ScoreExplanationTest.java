package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explanation in the JSON report is enough to recompute the score: from each finding's points and
 * category, and each category's weight, back to the overall score, the verdict and its reason. Run on the
 * samples with the bundled scorecard, and with one where categories hit the 0 floor and a rule is critical.
 */
class ScoreExplanationTest {
    @Test
    void samplesScoresFollowFromTheirExplanation() throws Exception {
        CliRun r = CliRun.of("score", "samples", "-f", "json");
        assertEquals(0, r.exit(), r.err());
        int failing = recomputeAll(new ObjectMapper().readTree(r.out()));
        assertTrue(failing > 0, "the samples include failing calls");
    }

    @Test
    void aHarshScorecardWithACriticalRuleIsExplainedToo(@TempDir Path dir) throws Exception {
        String card = Files.readString(Path.of("rules/scorecard.yaml"))
                .replace("  major: 10", "  major: 60")
                .replace("rules: {}", "rules:\n  POS-POLICY: {critical: true}");
        Path file = Files.writeString(dir.resolve("harsh.yaml"), card);
        CliRun r = CliRun.of("score", "samples", "-f", "json", "--scorecard", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        recomputeAll(json);
        boolean critical = false, floored = false;
        for (JsonNode rep : json.get("reports")) {
            JsonNode s = rep.get("score");
            if (s.get("criticalFailure").asBoolean()) {
                assertTrue(s.get("reason").asText().contains("POS-POLICY"), s.toString());
                // a waived critical finding still fails the score, but is nothing to work on
                if (rep.get("workOn").get(0).get("critical").asBoolean()) {
                    critical = true;
                    assertEquals(
                            "POS-POLICY",
                            rep.get("workOn").get(0).get("rule").asText(),
                            "the critical rule comes first");
                }
            }
            for (JsonNode c : s.get("categories")) if (c.get("lost").asDouble() > 100) floored = true;
        }
        assertTrue(critical && floored, "the harsh scorecard exercises a critical rule and a category at 0");
    }

    /** Recomputes every report's score from its findings and categories; returns how many failed. */
    private static int recomputeAll(JsonNode json) {
        int failing = 0;
        for (JsonNode rep : json.get("reports")) {
            recompute(rep);
            if (!rep.get("score").get("pass").asBoolean()) failing++;
        }
        return failing;
    }

    private static void recompute(JsonNode rep) {
        String where = rep.get("transcript").get("source").asText();
        JsonNode s = rep.get("score");
        Map<String, double[]> points = new HashMap<>(); // category -> lost, earned
        for (JsonNode f : rep.get("findings")) {
            double[] p = points.computeIfAbsent(f.get("category").asText(), k -> new double[2]);
            p[f.get("severity").asText().equals("strength") ? 1 : 0] +=
                    f.get("points").asDouble();
        }
        double shortfall = 0;
        for (JsonNode c : s.get("categories")) {
            double[] p = points.getOrDefault(c.get("id").asText(), new double[2]);
            assertEquals(p[0], c.get("lost").asDouble(), 1e-9, where + " " + c);
            assertEquals(p[1], c.get("earned").asDouble(), 1e-9, where + " " + c);
            if (c.get("score").isNull()) {
                assertEquals(0, c.get("costs").asDouble(), where);
                continue;
            }
            double score = Math.round(Math.max(0, Math.min(100, 100 - p[0] + p[1])) * 10) / 10.0;
            assertEquals(score, c.get("score").asDouble(), 1e-9, where + " " + c);
            double costs = c.get("weight").asDouble() * (100 - score);
            assertEquals(costs, c.get("costs").asDouble(), 0.005, where + " " + c);
            shortfall += costs;
        }
        boolean critical = s.get("criticalFailure").asBoolean();
        double overall = critical ? 0 : Math.round(Math.max(0, 100 - shortfall) * 10) / 10.0;
        assertEquals(overall, s.get("overall").asDouble(), 1e-9, where);
        boolean pass = !critical && overall >= s.get("passMark").asDouble();
        assertEquals(pass, s.get("pass").asBoolean(), where);
        String reason = s.get("reason").asText();
        assertTrue(
                critical
                        ? reason.startsWith("critical finding ")
                        : reason.contains(pass ? "reaches the pass mark" : "is below the pass mark"),
                where + ": " + reason);
        // what to work on: the costliest rules, each cost a share of its category's, together no more than was lost
        double listed = 0, previous = Double.MAX_VALUE;
        JsonNode workOn = rep.path("workOn");
        for (JsonNode w : workOn) {
            double c = w.get("costs").asDouble();
            if (!w.get("critical").asBoolean()) {
                assertTrue(c <= previous + 1e-9, where + ": work-on list is costliest first");
                previous = c;
            }
            listed += c;
            for (JsonNode n : w.get("findings")) {
                JsonNode f = rep.get("findings").get(n.asInt() - 1);
                assertEquals(w.get("rule").asText(), f.get("rule").asText(), where);
                assertFalse(f.get("severity").asText().equals("strength"), where);
            }
        }
        // the categories' costs can add up past 100 (the overall score stops at 0); the shares never exceed them
        assertTrue(listed <= shortfall + 0.05 || critical, where + ": work-on costs " + listed + " of " + shortfall);
        if (!pass && !critical) assertTrue(workOn.size() > 0, where + ": a failing call says what to work on");
    }
}
