package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlint.TestLinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --rules DIR lays a team's rules over the bundled ones; --no-bundled-rules starts from DIR alone. */
class RuleOverlayTest {
    @TempDir
    Path tmp;

    private Path overlay(String name, String yaml) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("team.yaml"), yaml);
        return dir;
    }

    @Test
    void aRuleWithABundledIdReplacesItAndANewOneIsAdded() throws Exception {
        Path dir = overlay("team", """
                rules:
                  - id: OWN-DEFLECT
                    principle: own-the-problem
                    category: ownership
                    severity: minor
                    message: Deflects, by our team's lighter reading.
                    rewrite: "Let me take care of this for you."
                    match:
                      phrase: deflect
                    examples:
                      flag: ["Agent: [[That's not my department]]."]
                      pass: ["Agent: Let me take care of that."]
                  - id: PRO-SLANG
                    principle: courtesy-always
                    category: professionalism
                    severity: minor
                    message: Slang the customer may not follow.
                    rewrite: "Let me put that plainly."
                    match:
                      patterns: ["totes"]
                    examples:
                      flag: ["Agent: That's [[totes]] fine."]
                      pass: ["Agent: That's fine."]
                """);
        CliRun list = CliRun.of("rules", "list", "--rules", dir.toString());
        assertEquals(0, list.exit(), list.err());
        int bundled = TestLinter.get().rules().size();
        assertTrue(list.out().contains((bundled + 1) + " rules"), list.out());
        assertTrue(list.out().matches("(?s).*OWN-DEFLECT +minor .*"), list.out());
        assertTrue(list.out().contains("PRO-SLANG"));

        Path call = Files.writeString(
                tmp.resolve("call.txt"), "Customer: My bill is wrong.\nAgent: That's not my department, totes.\n");
        CliRun score = CliRun.of("score", "--format", "line", "--rules", dir.toString(), call.toString());
        assertTrue(score.out().contains("OWN-DEFLECT") && score.out().contains("minor"), score.out());
        assertTrue(score.out().contains("PRO-SLANG"), score.out());
    }

    @Test
    void replacingAHandWrittenRuleAlsoDropsItsHelpers() throws Exception {
        Path dir = overlay("strict", """
                rules:
                  - id: OWN-TAKEN
                    principle: own-the-problem
                    category: ownership
                    severity: strength
                    message: Takes the problem on, in our words only.
                    match:
                      patterns: ["leave it with me"]
                    examples:
                      flag: ["Agent: [[Leave it with me]]."]
                      pass: ["Agent: I can help you with that."]
                """);
        Path call = Files.writeString(
                tmp.resolve("offer.txt"), "Customer: I lost my card.\nAgent: I can help you with that.\n");
        assertTrue(
                CliRun.of("score", "--format", "line", call.toString()).out().contains("OWN-TAKEN"),
                "bundled: an offer counts");
        CliRun over = CliRun.of("score", "--format", "line", "--rules", dir.toString(), call.toString());
        assertFalse(over.out().contains("OWN-TAKEN"), over.out());
        CliRun drl = CliRun.of("rules", "explain", "--drl", "OWN-TAKEN", "--rules", dir.toString());
        assertFalse(drl.out().contains("OWN-TAKEN offer"), drl.out());
    }

    @Test
    void noBundledRulesNeedsAFolderAndUsesItAlone() throws Exception {
        CliRun none = CliRun.of("rules", "list", "--no-bundled-rules");
        assertEquals(ExitCode.USAGE.code, none.exit(), none.out() + none.err());
        assertTrue(none.err().contains("--no-bundled-rules needs a rules folder"), none.err());

        CliRun alone = CliRun.of("rules", "list", "--no-bundled-rules", "--rules", "rules");
        assertEquals(0, alone.exit(), alone.err());
        assertTrue(alone.out().contains(TestLinter.get().rules().size() + " rules"));

        Path partial = overlay("partial", "rules: []\n");
        CliRun incomplete = CliRun.of("rules", "list", "--no-bundled-rules", "--rules", partial.toString());
        assertTrue(incomplete.exit() != 0 && incomplete.err().contains("no scorecard.yaml"), incomplete.err());
    }

    @Test
    void aFoldersRoleCuesReachTheReaders() throws Exception {
        // the role settings are read where the run builds its Ingest (ReportOptions), not by the Linter
        Path dir = Files.createDirectories(tmp.resolve("unsure"));
        Files.writeString(dir.resolve("settings.yaml"), "roles:\n  maxConfidence: 0.5\n");
        CliRun bundled = CliRun.of("score", "samples/formats/deepgram-call.json", "--format", "json");
        CliRun unsure =
                CliRun.of("score", "--rules", dir.toString(), "samples/formats/deepgram-call.json", "--format", "json");
        assertTrue(bundled.out().contains("\"confidence\" : 0.91,"), bundled.out());
        assertTrue(unsure.out().contains("\"confidence\" : 0.5,"), unsure.err() + unsure.out());
    }

    @Test
    void aFoldersScoreBandsReachTheSummary() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bands"));
        Files.writeString(dir.resolve("settings.yaml"), "summary:\n  scoreBands: [0, 80, 95]\n");
        Path summary = tmp.resolve("summary.json");
        CliRun run = CliRun.of(
                "score", "--rules", dir.toString(), "samples/good-call.json", "--summary", summary.toString());
        assertEquals(0, run.exit(), run.err());
        String json = Files.readString(summary);
        assertTrue(json.contains("\"80-94\"") && json.contains("\"95-100\"") && !json.contains("\"90-100\""), json);
    }
}
