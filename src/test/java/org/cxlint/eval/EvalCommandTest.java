package org.cxlint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlint.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxlint eval} end to end on two invented chats whose findings are known. */
class EvalCommandTest {
    static final Path FIXTURE = Path.of("src/test/resources/eval-fixture");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static JsonNode row(JsonNode rows, String name) {
        for (JsonNode r : rows) if (r.path("name").asText().equals(name)) return r;
        throw new AssertionError("no row " + name + " in " + rows);
    }

    @Test
    void countsAgreementPerBehaviourRuleAndTotal() throws Exception {
        Run r = run(
                "eval",
                FIXTURE.resolve("labels.jsonl").toString(),
                FIXTURE.resolve("calls.jsonl").toString(),
                "--format",
                "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(3, j.path("turns").asInt());
        assertEquals(2, j.path("conversations").asInt());
        JsonNode apology = row(j.path("behaviours"), "apology");
        assertEquals(1, apology.path("labelled").asInt());
        assertEquals(1, apology.path("correct").asInt());
        JsonNode deflection = row(j.path("behaviours"), "deflection");
        assertEquals(1, deflection.path("labelled").asInt());
        assertEquals(1, deflection.path("flagged").asInt(), "'not my job ... call billing' is a deflection");
        assertEquals(1.0, deflection.path("precision").asDouble());
        JsonNode strengths = row(j.path("totals"), "all strengths");
        assertTrue(strengths.path("recallInterval").path("low").asDouble()
                <= strengths.path("recall").asDouble());
        // every flag is either correct or listed as a false positive, every label either found or listed as missed
        int flagged = 0, correct = 0, labelled = 0;
        for (JsonNode t : j.path("totals")) {
            flagged += t.path("flagged").asInt();
            correct += t.path("correct").asInt();
            labelled += t.path("labelled").asInt();
        }
        int fp = 0, missed = 0;
        for (JsonNode d : j.path("disagreements")) {
            if (d.path("kind").asText().equals(Disagreement.FALSE_POSITIVE)) fp++;
            else missed++;
            assertTrue(!d.path("text").asText().isEmpty(), "a disagreement shows the turn text");
        }
        assertEquals(flagged - correct, fp);
        assertEquals(labelled - correct, missed);
    }

    @Test
    void textOutputHasTablesAndDisagreements() {
        Run r = run(
                "eval",
                FIXTURE.resolve("labels.jsonl").toString(),
                FIXTURE.resolve("calls.jsonl").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("BEHAVIOUR"), r.out());
        assertTrue(r.out().contains("Wilson 95% interval"), r.out());
        assertTrue(r.out().contains("Disagreements ("), r.out());
    }

    @Test
    void unknownBehaviourIsAUsageErrorNamingTheLine() throws Exception {
        Path labels = dir.resolve("l.jsonl");
        Files.writeString(labels, "{\"conversation\": \"c2\", \"turn\": 0, \"breaks\": [\"grumpiness\"]}\n");
        Run r = run("eval", labels.toString(), FIXTURE.resolve("calls.jsonl").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("line 1: unknown behaviour \"grumpiness\""), r.err());
    }

    @Test
    void aStrengthListedAsABreakIsRefused() throws Exception {
        Path labels = dir.resolve("l.jsonl");
        Files.writeString(labels, "{\"conversation\": \"c2\", \"turn\": 0, \"breaks\": [\"apology\"]}\n");
        Run r = run("eval", labels.toString(), FIXTURE.resolve("calls.jsonl").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("\"apology\" is a strength, listed under breaks"), r.err());
    }

    @Test
    void ruleIdsServeAsLabelsToo() throws Exception {
        Path labels = dir.resolve("l.jsonl");
        Files.writeString(labels, "{\"conversation\": \"c2\", \"turn\": 0, \"breaks\": [\"OWN-DEFLECT\"]}\n");
        Run r = run("eval", labels.toString(), FIXTURE.resolve("calls.jsonl").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(
                1,
                row(new ObjectMapper().readTree(r.out()).path("behaviours"), "deflection")
                        .path("labelled")
                        .asInt());
    }

    @Test
    void missingConversationsAndTurnsAreReportedAndExitThree() throws Exception {
        Path labels = dir.resolve("l.jsonl");
        Files.writeString(
                labels,
                "{\"conversation\": \"c1\", \"turn\": 0, \"honours\": [\"apology\"]}\n"
                        + "{\"conversation\": \"c1\", \"turn\": 7}\n{\"conversation\": \"nope\", \"turn\": 0}\n");
        Run r = run("eval", labels.toString(), FIXTURE.resolve("calls.jsonl").toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("line 2: conversation c1 has 2 agent turns; the label says turn 7"), r.err());
        assertTrue(r.err().contains("line 3: conversation nope not found in the inputs"), r.err());
        assertTrue(r.out().contains("apology"), "the rest is still evaluated");
    }

    @Test
    void aTeamMappingRenamesBehaviours() throws Exception {
        Path mapping = dir.resolve("m.yaml");
        Files.writeString(mapping, "behaviours:\n  passed-the-buck: {rules: [OWN-DEFLECT, OWN-HANDOFF]}\n");
        Path labels = dir.resolve("l.jsonl");
        Files.writeString(labels, "{\"conversation\": \"c2\", \"turn\": 0, \"breaks\": [\"passed-the-buck\"]}\n");
        Run r = run(
                "eval",
                labels.toString(),
                FIXTURE.resolve("calls.jsonl").toString(),
                "--mapping",
                mapping.toString(),
                "--format",
                "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(
                1,
                row(new ObjectMapper().readTree(r.out()).path("behaviours"), "passed-the-buck")
                        .path("correct")
                        .asInt());
        Files.writeString(mapping, "behaviours:\n  x: {rules: [NO-SUCH-RULE]}\n");
        Run bad = run(
                "eval", labels.toString(), FIXTURE.resolve("calls.jsonl").toString(), "--mapping", mapping.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("behaviour x: no rule NO-SUCH-RULE"), bad.err());
    }
}
