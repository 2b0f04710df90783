package org.cxlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cxlint.Linter;
import org.cxlint.TestLinter;
import org.cxlint.engine.Finding;
import org.cxlint.facts.FactSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thresholds and cue words are data in the rules folder: the bundled file holds the defaults, and changing one
 * changes what fires. (Each section's effect on its reader: {@link SettingsEffectTest}.)
 */
class RuleSettingsTest {
    @TempDir
    Path tmp;

    @Test
    void theBundledFileHoldsTheDefaults() throws Exception {
        assertEquals(
                RuleSettings.Values.DEFAULTS,
                RuleSettings.parse("rules/settings.yaml", Files.readString(Path.of("rules/settings.yaml"))));
        assertEquals(RuleSettings.Values.DEFAULTS, RuleSettings.parse("none", null));
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
        Linter team = Linter.load(
                RuleOverlay.over(RuleFiles.fromDirectory(Path.of("rules")), RuleFiles.overlayDirectory(dir)),
                TestLinter.nlp());
        var transcript = org.cxlint.ingest.Ingest.readAll(Files.writeString(tmp.resolve("call.txt"), call))
                .get(0);
        assertFalse(rules(bundled.findings(transcript)).contains("RES-UNEXPLAINED-HOLD"));
        assertTrue(
                rules(team.findings(transcript)).contains("RES-UNEXPLAINED-HOLD"),
                rules(team.findings(transcript)).toString());
    }

    @Test
    void aKeyLeftOutKeepsItsDefaultAndMistakesAreNamed() {
        FactSettings s = RuleSettings.parse("x/settings.yaml", "timing:\n  holdMinSeconds: 45\n")
                .facts();
        assertEquals(45.0, s.timing().holdMinSeconds());
        assertEquals(
                FactSettings.Timing.DEFAULTS.slowResponseSeconds(), s.timing().slowResponseSeconds());
        assertEquals(FactSettings.Sentences.DEFAULTS, s.sentences());
        assertEquals(FactSettings.Cues.DEFAULTS, s.cues());
        assertEquals(
                "x/settings.yaml: timing.holdMinSeconds must be a positive number of seconds, not -3",
                error("timing:\n  holdMinSeconds: -3\n"));
        assertEquals(
                "x/settings.yaml: timing.backchannelMaxWords must be a whole number of at least 1, not 2.5",
                error("timing:\n  backchannelMaxWords: 2.5\n"));
        assertEquals(
                "x/settings.yaml: sentences.shoutingMinShare must be a share above 0 and at most 1, not 1.5",
                error("sentences:\n  shoutingMinShare: 1.5\n"));
        String unknown = error("timing:\n  holdSeconds: 20\n");
        assertTrue(
                unknown.startsWith("x/settings.yaml: unknown key \"timing.holdSeconds\" (known: backchannelMaxWords"),
                unknown);
        assertEquals("x/settings.yaml:2: Malformed numeric value '.nan'", error("timing:\n  holdMinSeconds: .nan\n"));
    }

    @Test
    void badWordsPatternsAndBandsAreNamedByFileAndKey() {
        assertEquals(
                "x/settings.yaml: cues.negators[1] must be written as the tokenizer reads it (lower case, straight apostrophes, "
                        + "\"n't\" as \"not\"): \"hardly\", not \"Hardly\"",
                error("cues:\n  negators: [not, Hardly]\n"));
        assertEquals(
                "x/settings.yaml: cues.negators[0] must be written as the tokenizer reads it (lower case, straight apostrophes, "
                        + "\"n't\" as \"not\"): \"not\", not \"n't\"",
                error("cues:\n  negators: [\"n't\"]\n"));
        assertEquals(
                "x/settings.yaml: cues.negators[0] must be a word in quotes (YAML reads an unquoted no, yes, on, off, y or n "
                        + "as true or false), not false",
                error("cues:\n  negators: [no]\n"));
        assertEquals(
                "x/settings.yaml: cues.conditionals must be a list of at least one word, not []",
                error("cues:\n  conditionals: []\n"));
        assertEquals(
                "x/settings.yaml: names.titles[0] must be one word (a token), without spaces, not \"mr smith\"",
                error("names:\n  titles: [\"mr smith\"]\n"));
        assertEquals(
                "x/settings.yaml: cues.elided[0] must be lower-case letters only, not \"'cause\"",
                error("cues:\n  elided: [\"'cause\"]\n"));
        assertEquals(
                "x/settings.yaml: names.introWindow must be a whole number of at least 1, not 0",
                error("names:\n  introWindow: 0\n"));
        assertEquals(
                "x/settings.yaml: cues.exceptionReachTokens must be a whole number of at least 0, not -1",
                error("cues:\n  exceptionReachTokens: -1\n"));
        assertEquals(
                "x/settings.yaml: roles.maxConfidence must be a share above 0 and at most 1, not 2",
                error("roles:\n  maxConfidence: 2\n"));
        assertEquals(
                "x/settings.yaml: roles.evidence[0].patterns[1] is not a valid regular expression: Unclosed group near index 6 of (hello",
                error("roles:\n  evidence:\n    - {what: greets, weight: 1, patterns: [hi, \"(hello\"]}\n"));
        assertEquals(
                "x/settings.yaml: roles.evidence[0].weight must be a number other than 0 (negative for what customers say), not 0",
                error("roles:\n  evidence:\n    - {what: greets, weight: 0, patterns: [hello]}\n"));
        assertEquals(
                "x/settings.yaml: unknown key \"roles.evidence[0].pattern\" (known: patterns, weight, what)",
                error("roles:\n  evidence:\n    - {what: greets, weight: 1, pattern: hello}\n"));
        assertEquals(
                "x/settings.yaml: summary.scoreBands[0] must be 0 (the lowest band starts at 0), not 10",
                error("summary:\n  scoreBands: [10, 50]\n"));
        assertEquals(
                "x/settings.yaml: summary.scoreBands[2] must be a whole number above 60 and at most 100, not 50",
                error("summary:\n  scoreBands: [0, 60, 50]\n"));
        String unknown = error("summary:\n  bands: [0, 50]\n");
        assertEquals("x/settings.yaml: unknown key \"summary.bands\" (known: scoreBands)", unknown);
    }

    @Test
    void anOverlayListReplacesTheBundledListWholeAndLeavesTheOtherKeys() {
        String merged = RuleSettings.over(
                "cues:\n  negators: [not, never]\n  scopeTokens: 8\n", "cues:\n  negators: [hardly]\n");
        FactSettings.Cues c = RuleSettings.parse("merged", merged).facts().cues();
        assertEquals(Set.of("hardly"), c.negators());
        assertEquals(8, c.scopeTokens());
        assertEquals(FactSettings.Cues.DEFAULTS.boundaries(), c.boundaries());
    }

    private static String error(String yaml) {
        return assertThrows(RulesException.class, () -> RuleSettings.parse("x/settings.yaml", yaml))
                .getMessage();
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }
}
