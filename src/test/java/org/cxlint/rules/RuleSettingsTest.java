package org.cxlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxlint.Linter;
import org.cxlint.TestLinter;
import org.cxlint.engine.Finding;
import org.cxlint.facts.FactSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thresholds are data in the rules folder: the bundled file holds the defaults, and changing one changes what fires. */
class RuleSettingsTest {
    @TempDir
    Path tmp;

    @Test
    void theBundledFileHoldsTheDefaults() throws Exception {
        assertEquals(FactSettings.DEFAULTS, RuleSettings.parse("rules/settings.yaml", Files.readString(Path.of("rules/settings.yaml"))));
        assertEquals(FactSettings.DEFAULTS, RuleSettings.parse("none", null));
    }

    @Test
    void aShorterHoldFlagsAGapTheDefaultLetsPass() throws Exception {
        // a 20 s gap: under the default 30 s hold, over a team's 15 s
        String call = "[00:00 - 00:04] Customer: My card was declined at the shop.\n"
                + "[00:05 - 00:07] Agent: Okay.\n"
                + "[00:27 - 00:29] Customer: Hello?\n"
                + "[00:30 - 00:33] Agent: The block is lifted now.\n";
        Path dir = Files.createDirectories(tmp.resolve("team"));
        Files.writeString(dir.resolve("settings.yaml"), "timing:\n  holdMinSeconds: 15\n");
        Linter bundled = TestLinter.get();
        Linter team = Linter.load(RuleOverlay.over(RuleFiles.fromDirectory(Path.of("rules")), RuleFiles.overlayDirectory(dir)), TestLinter.nlp());
        var transcript = org.cxlint.ingest.Ingest.readAll(Files.writeString(tmp.resolve("call.txt"), call)).get(0);
        assertFalse(rules(bundled.findings(transcript)).contains("RES-UNEXPLAINED-HOLD"));
        assertTrue(rules(team.findings(transcript)).contains("RES-UNEXPLAINED-HOLD"), rules(team.findings(transcript)).toString());
    }

    @Test
    void aKeyLeftOutKeepsItsDefaultAndMistakesAreNamed() {
        FactSettings s = RuleSettings.parse("x/settings.yaml", "timing:\n  holdMinSeconds: 45\n");
        assertEquals(45.0, s.timing().holdMinSeconds());
        assertEquals(FactSettings.Timing.DEFAULTS.slowResponseSeconds(), s.timing().slowResponseSeconds());
        assertEquals(FactSettings.Sentences.DEFAULTS, s.sentences());
        assertEquals("x/settings.yaml: holdMinSeconds must be a positive number of seconds, not -3",
                assertThrows(RulesException.class, () -> RuleSettings.parse("x/settings.yaml", "timing:\n  holdMinSeconds: -3\n")).getMessage());
        assertEquals("x/settings.yaml: backchannelMaxWords must be a whole number of at least 1, not 2.5",
                assertThrows(RulesException.class, () -> RuleSettings.parse("x/settings.yaml", "timing:\n  backchannelMaxWords: 2.5\n")).getMessage());
        assertEquals("x/settings.yaml: shoutingMinShare must be a share above 0 and at most 1, not 1.5",
                assertThrows(RulesException.class, () -> RuleSettings.parse("x/settings.yaml", "sentences:\n  shoutingMinShare: 1.5\n")).getMessage());
        String unknown = assertThrows(RulesException.class, () -> RuleSettings.parse("x/settings.yaml", "timing:\n  holdSeconds: 20\n"))
                .getMessage();
        assertTrue(unknown.startsWith("x/settings.yaml: unknown key \"timing.holdSeconds\" (known: backchannelMaxWords"), unknown);
        String nan = assertThrows(RulesException.class, () -> RuleSettings.parse("x/settings.yaml", "timing:\n  holdMinSeconds: .nan\n"))
                .getMessage();
        assertEquals("x/settings.yaml:2: Malformed numeric value '.nan'", nan);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }
}
