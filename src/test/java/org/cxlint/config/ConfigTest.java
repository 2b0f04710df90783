package org.cxlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cxlint.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path tmp;

    private Path write(String yaml) throws IOException {
        return Files.writeString(tmp.resolve(Config.FILE_NAME), yaml);
    }

    private String error(String yaml) throws IOException {
        Path f = write(yaml);
        return assertThrows(ConfigException.class, () -> Config.load(f)).getMessage();
    }

    @Test
    void readsEveryKeyWithPathsRelativeToTheFile() throws IOException {
        Files.createDirectories(tmp.resolve("qa/rules"));
        Files.writeString(tmp.resolve("qa/card.yaml"), "version: 1\n");
        Path f = write("""
                select: [ownership, POS-POLICY]
                ignore: OWN-HANDOFF
                severity:
                  OWN-DEFLECT: minor
                  pos-policy: critical
                agent: [spk_1, A]
                exclude: ["archive/**"]
                passMark: 72.5
                scorecard: qa/card.yaml
                rules: [qa/rules]
                """);
        Config c = Config.load(f);
        assertEquals(List.of("ownership", "POS-POLICY"), c.select().values());
        assertEquals(1, c.select().items().get(0).line());
        assertEquals(List.of("OWN-HANDOFF"), c.ignore().values(), "a single value is a list of one");
        assertEquals(Severity.MINOR, c.severity().get("OWN-DEFLECT").severity());
        assertEquals(4, c.severity().get("OWN-DEFLECT").line());
        assertEquals(Severity.CRITICAL, c.severity().get("pos-policy").severity());
        assertEquals(List.of("spk_1", "A"), c.agents());
        assertEquals(List.of("archive/**"), c.exclude());
        assertEquals(72.5, c.passMark());
        assertEquals(tmp.resolve("qa/card.yaml").toAbsolutePath(), c.scorecard());
        assertEquals(List.of(tmp.resolve("qa/rules").toAbsolutePath()), c.ruleFolders());
    }

    @Test
    void anEmptyOrAllCommentedFileSetsNothing() throws IOException {
        for (String text : List.of("", "# nothing yet\n", ConfigTemplate.TEXT)) {
            Config c = Config.load(write(text));
            assertNull(c.select());
            assertNull(c.ignore());
            assertTrue(c.severity().isEmpty()
                    && c.agents().isEmpty()
                    && c.exclude().isEmpty()
                    && c.ruleFolders().isEmpty());
            assertNull(c.passMark());
            assertNull(c.scorecard());
        }
    }

    @Test
    void unknownKeysAndBadValuesNameTheFileAndLine() throws IOException {
        String f = tmp.resolve(Config.FILE_NAME).toString();
        assertEquals(
                f
                        + ":3: unknown key \"ignroe\" (known keys: agent, exclude, ignore, passMark, rules, scorecard, select, severity)",
                error("# a comment\nselect: [ownership]\nignroe:\n  - OWN-DEFLECT\n"));
        assertEquals(
                f + ":3: severity: OWN-DEFLECT: unknown severity \"huge\" (use critical, major, minor, info, strength)",
                error("passMark: 80\nseverity:\n  OWN-DEFLECT: huge\n"));
        assertTrue(error("severity:\n  OWN-DEFLECT: strength\n")
                .startsWith(f + ":2: severity: OWN-DEFLECT: a finding cannot be made a strength"));
        assertEquals(f + ":2: passMark: must be a number between 0 and 100, not \"120\"", error("\npassMark: 120\n"));
        assertEquals(f + ":1: passMark: must be a number between 0 and 100, not \"high\"", error("passMark: high\n"));
        assertTrue(error("select: []\n").startsWith(f + ":1: select: an empty list selects no rule"));
        assertEquals(f + ":1: select: expected a value or a list of values", error("select: {ownership: 1}\n"));
        assertEquals(f + ":1: severity: expected a mapping of rule id to severity", error("severity: [minor]\n"));
        assertEquals(f + ":1: expected a mapping of keys (select, ignore, severity, ...)", error("- select\n"));
        assertTrue(error("agent: [a]\nagent: [b]\n").startsWith(f + ":2: "), "a key given twice");
        assertEquals(
                f + ":1: scorecard: file " + tmp.resolve("nope.yaml") + " not found", error("scorecard: nope.yaml\n"));
        assertEquals(f + ":2: rules: folder " + tmp.resolve("nope") + " not found", error("rules:\n  - nope\n"));
        assertTrue(error("exclude: ['a{b']\n").startsWith(f + ":1: exclude: not a glob pattern"));
        assertEquals(f + ":1: agent: empty value", error("agent: ['']\n"));
        assertTrue(error("select: [a\n").startsWith(f + ":"), "broken YAML names the file");
        assertEquals(
                tmp.resolve("missing.yaml") + ": configuration file not found",
                assertThrows(ConfigException.class, () -> Config.load(tmp.resolve("missing.yaml")))
                        .getMessage());
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheNearestFile() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path deep = Files.createDirectories(project.resolve("calls/2026/october"));
        Path nearest = Files.writeString(project.resolve(Config.FILE_NAME), "passMark: 70\n");
        Files.writeString(project.resolve("calls/.cxlint.yml"), "not read: only .cxlint.yaml is looked for\n");
        assertEquals(Optional.of(nearest.toAbsolutePath()), ConfigFiles.locate(null, null, deep));
        assertEquals(
                Optional.of(nearest.toAbsolutePath()),
                ConfigFiles.locate(null, "", deep),
                "an empty variable is unset");
        assertEquals(Optional.of(Path.of("env.yaml")), ConfigFiles.locate(null, "env.yaml", deep));
        assertEquals(Optional.of(Path.of("opt.yaml")), ConfigFiles.locate(Path.of("opt.yaml"), "env.yaml", deep));
        Path closer = Files.writeString(deep.resolve(Config.FILE_NAME), "passMark: 60\n");
        assertEquals(Optional.of(closer.toAbsolutePath()), ConfigFiles.locate(null, null, deep));
        assertEquals(60.0, ConfigFiles.load(null, null, deep).passMark());
        assertEquals(
                Optional.empty(),
                ConfigFiles.locate(null, null, Files.createDirectories(tmp.resolve("elsewhere")))
                        .filter(p -> p.startsWith(tmp)));
    }

    /** Every example in the template is valid once uncommented: a typo there would teach users a broken file. */
    @Test
    void theTemplatesExamplesAreValidWhenUncommented() throws IOException {
        Files.createDirectories(tmp.resolve("qa/rules"));
        Files.copy(Path.of("rules/scorecard.yaml"), tmp.resolve("qa/scorecard.yaml"));
        StringBuilder b = new StringBuilder();
        for (String line : ConfigTemplate.TEXT.lines().toList()) {
            if (line.matches("# (select|ignore|severity|agent|exclude|passMark|scorecard|rules):.*")
                    || line.matches("#   [A-Z]+-[A-Z-]+: .*"))
                b.append(line.substring(2)).append('\n');
        }
        Config c = Config.load(write(b.toString()));
        assertTrue(
                c.select() != null
                        && c.ignore() != null
                        && !c.severity().isEmpty()
                        && !c.agents().isEmpty()
                        && !c.exclude().isEmpty()
                        && c.passMark() != null
                        && c.scorecard() != null
                        && !c.ruleFolders().isEmpty(),
                b.toString());
        RuleSelection s = RuleSelection.resolve(
                org.cxlint.TestLinter.get().rules(),
                new RuleSelection.Selectors("t", "select", c.select()),
                new RuleSelection.Selectors("t", "ignore", c.ignore()),
                c.severity(),
                "t");
        assertTrue(!s.off().isEmpty() && !s.severities().isEmpty());
    }
}
