package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cxlint.config.Config;
import org.cxlint.config.ConfigTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .cxlint.yaml through the real command line: found, applied before scoring, overridden by options. */
class ConfigCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BAD_CALL = Path.of("samples/bad-call.txt").toAbsolutePath();

    @TempDir
    Path tmp;

    private static JsonNode report(String stdout) throws IOException {
        return JSON.readTree(stdout).get("reports").get(0);
    }

    private static JsonNode category(JsonNode report, String id) {
        for (JsonNode c : report.get("score").get("categories"))
            if (c.get("id").asText().equals(id)) return c;
        return null;
    }

    private static List<JsonNode> findings(JsonNode report, String rule) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) out.add(f);
        return out;
    }

    private static JsonNode score(String... extra) throws IOException {
        List<String> args =
                new ArrayList<>(List.of("score", BAD_CALL.toString(), "-f", "json", "--today", "2026-11-01"));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return report(r.out());
    }

    /** An ignored rule costs nothing: the score rises by exactly what its finding cost its category, times the weight. */
    @Test
    void anIgnoredRuleCostsNoPoints() throws IOException {
        JsonNode plain = score("--no-config");
        List<JsonNode> apology = findings(plain, "HON-NO-APOLOGY");
        assertEquals(1, apology.size(), "the sample has one HON-NO-APOLOGY: " + plain);
        JsonNode honesty = category(plain, "honesty");
        assertEquals(1, honesty.get("findings").asInt(), "the honesty category holds that finding alone");
        double cost =
                apology.get(0).get("points").asDouble() * honesty.get("weight").asDouble();
        assertTrue(cost > 0);

        Path cfg = Files.writeString(tmp.resolve("c.yaml"), "ignore: [HON-NO-APOLOGY]\n");
        JsonNode ignored = score("--config", cfg.toString());
        assertTrue(findings(ignored, "HON-NO-APOLOGY").isEmpty());
        assertEquals(
                plain.get("score").get("overall").asDouble() + cost,
                ignored.get("score").get("overall").asDouble(),
                1e-9);
        assertEquals(100.0, category(ignored, "honesty").get("score").asDouble());
        assertEquals(ignored, score("--no-config", "--ignore", "hon-no-apology"), "--ignore does the same");
    }

    @Test
    void optionsWinOverTheFile() throws IOException {
        Path cfg = Files.writeString(tmp.resolve("c.yaml"), "select: [honesty]\npassMark: 20\n");
        JsonNode fromFile = score("--config", cfg.toString());
        assertEquals(20.0, fromFile.get("score").get("passMark").asDouble());
        assertTrue(fromFile.get("findings").size() > 0);
        for (JsonNode f : fromFile.get("findings"))
            assertTrue(f.get("rule").asText().startsWith("HON-"), f.toString());
        JsonNode overridden = score("--config", cfg.toString(), "--select", "ownership", "--pass-mark", "90");
        assertEquals(90.0, overridden.get("score").get("passMark").asDouble());
        for (JsonNode f : overridden.get("findings"))
            assertTrue(f.get("rule").asText().startsWith("OWN-"), f.toString());
    }

    @Test
    void theFileGivesAgentLabelsAndTheOptionReplacesThem() throws IOException {
        Path call = Files.writeString(
                tmp.resolve("chat.csv"),
                "speaker,text\nSam,\"Thanks for calling, this is Sam. How can I help?\"\n"
                        + "Kim,My order never came.\nSam,That's not my department.\n");
        Path cfg = Files.writeString(tmp.resolve("c.yaml"), "agent: kim\n");
        CliRun kim = CliRun.of("score", call.toString(), "-f", "json", "--config", cfg.toString());
        assertEquals(0, kim.exit(), kim.err());
        assertEquals(
                "option",
                report(kim.out()).get("transcript").get("roles").get("method").asText());
        assertEquals(
                "[\"Kim\"]",
                report(kim.out()).get("transcript").get("roles").get("agents").toString());
        CliRun sam = CliRun.of("score", call.toString(), "-f", "json", "--config", cfg.toString(), "--agent", "Sam");
        assertEquals(
                "[\"Sam\"]",
                report(sam.out()).get("transcript").get("roles").get("agents").toString());
    }

    @Test
    void aBadFileIsAUsageErrorNamingFileAndLine() throws IOException {
        Path cfg = Files.writeString(tmp.resolve("c.yaml"), "select: [ownership]\nseverity:\n  OWN-NOPE: minor\n");
        CliRun r = CliRun.of("score", BAD_CALL.toString(), "--config", cfg.toString());
        assertEquals(ExitCode.USAGE.code, r.exit());
        assertEquals(
                "cxlint: " + cfg + ":3: severity: no rule \"OWN-NOPE\" (see `cxlint rules list`)",
                r.err().lines().findFirst().orElse(""));
        CliRun missing = CliRun.of(
                "score",
                BAD_CALL.toString(),
                "--config",
                tmp.resolve("none.yaml").toString());
        assertEquals(ExitCode.USAGE.code, missing.exit());
        assertTrue(
                missing.err().startsWith("cxlint: " + tmp.resolve("none.yaml") + ": configuration file not found"),
                missing.err());
        Path nowhere = Files.writeString(tmp.resolve("f.yaml"), "rules: [no-such-folder]\n");
        assertEquals(
                ExitCode.USAGE.code,
                CliRun.of("score", BAD_CALL.toString(), "--config", nowhere.toString())
                        .exit());
    }

    @Test
    void theFilesRuleFoldersAreLaidOverTheBundledRules() throws IOException {
        Path team = Files.createDirectories(tmp.resolve("team-rules"));
        Files.writeString(team.resolve("team.yaml"), """
                rules:
                  - id: TEAM-DEPARTMENT
                    principle: own-the-problem
                    category: ownership
                    severity: info
                    message: Names a department.
                    rewrite: "Let me take care of this for you."
                    match:
                      patterns: ["delivery problems"]
                    examples:
                      flag: ["Agent: [[Delivery problems]] are another team's."]
                      pass: ["Agent: Let me take care of this for you."]
                """);
        Path cfg = Files.writeString(tmp.resolve("rules.yaml"), "rules: [team-rules]\n");
        CliRun r = CliRun.of("score", BAD_CALL.toString(), "--format", "line", "--config", cfg.toString());
        assertTrue(r.out().contains("TEAM-DEPARTMENT") && r.out().contains("OWN-DEFLECT"), r.out() + r.err());
    }

    @Test
    void initWritesTheCommentedFileAndRefusesToOverwrite() throws IOException {
        CliRun first = CliRun.of("init", tmp.toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals(ConfigTemplate.TEXT, Files.readString(tmp.resolve(Config.FILE_NAME)));
        Files.writeString(tmp.resolve(Config.FILE_NAME), "passMark: 70\n");
        CliRun again = CliRun.of("init", tmp.toString());
        assertEquals(ExitCode.USAGE.code, again.exit());
        assertTrue(again.err().contains("already exists (--force replaces it)"), again.err());
        assertEquals("passMark: 70\n", Files.readString(tmp.resolve(Config.FILE_NAME)));
        assertEquals(0, CliRun.of("init", tmp.toString(), "--force").exit());
        assertEquals(ConfigTemplate.TEXT, Files.readString(tmp.resolve(Config.FILE_NAME)));
    }

    /**
     * The done-when, as a user runs it: a .cxlint.yaml at a project's root that ignores one rule and
     * changes another's severity, read by cxlint started in a subdirectory (its own process and working directory).
     */
    @Test
    void theNearestFileIsFoundFromASubdirectory() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path sub = Files.createDirectories(project.resolve("calls/october"));
        Files.copy(BAD_CALL, sub.resolve("bad-call.txt"));
        Files.writeString(
                project.resolve(Config.FILE_NAME), "ignore: [HON-NO-APOLOGY]\nseverity:\n  OWN-DEFLECT: minor\n");
        List<String> cmd = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                "org.cxlint.cli.Main",
                "score",
                "bad-call.txt",
                "-f",
                "json",
                "--today",
                "2026-11-01",
                "--no-progress");
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(sub.toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().remove("CXLINT_CONFIG");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("err.txt")));
        JsonNode found = report(out);
        assertTrue(findings(found, "HON-NO-APOLOGY").isEmpty(), out);
        List<JsonNode> deflect = findings(found, "OWN-DEFLECT");
        assertFalse(deflect.isEmpty());
        for (JsonNode f : deflect) {
            assertEquals("minor", f.get("severity").asText());
        }
        // the same file named with --config in this process gives the same report, whatever the source path says
        JsonNode same = score("--config", project.resolve(Config.FILE_NAME).toString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) found.get("transcript")).remove("source");
        ((com.fasterxml.jackson.databind.node.ObjectNode) same.get("transcript")).remove("source");
        assertEquals(same, found);
        assertFalse(findings(score("--no-config"), "HON-NO-APOLOGY").isEmpty(), "without the file the rule fires");
        assertEquals(
                "major",
                findings(score("--no-config"), "OWN-DEFLECT")
                        .get(0)
                        .get("severity")
                        .asText());
    }
}
