package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlint.TestLinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void listShowsEveryRuleWithItsPrinciple() {
        CliRun run = CliRun.of("rules", "list", "--rules", "rules");
        assertEquals(0, run.exit(), run.err());
        for (String id : TestLinter.get().rules().keySet()) assertTrue(run.out().contains(id + " "), id);
        assertTrue(
                run.out()
                        .lines()
                        .anyMatch(l ->
                                l.matches("EMP-NO-EMPATHY\\s+major\\s+empathy\\s+stay-composed\\s+customer-upset")),
                run.out());
        assertTrue(run.out().contains(TestLinter.get().rules().size() + " rules"));
    }

    @Test
    void explainGivesPrincipleArticleRewriteAndExamples() {
        CliRun run = CliRun.of("rules", "explain", "pos-policy");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Principle: "), run.out());
        assertTrue(run.out().contains("[principles-before-policy]"));
        assertTrue(
                run.out()
                        .contains(
                                "Source: A1 item 17: \"The personal side of customer service. New rules of the game\", Jeffrey Gitomer"));
        assertTrue(
                run.out()
                        .contains(
                                "Suggested rewrite: Let me explain why it works that way, and see what I can do for you within it."),
                run.out());
        assertTrue(
                run.out()
                        .contains(
                                "  when the flagged words match /^(our|the|company|bank) policy (says|states|is)\\b/: To keep it fair for everyone, {rest}."),
                run.out());
        assertTrue(run.out().contains("Does not flag:"));
        assertEquals(
                ExitCode.USAGE.code, CliRun.of("rules", "explain", "NOPE-1").exit());
    }

    @Test
    void testRunsATeamsOwnRulesAndFailsWhenAnExampleIsWrong() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("team-rules"));
        Files.copy(Path.of("rules/scorecard.yaml"), dir.resolve("scorecard.yaml"));
        Files.writeString(dir.resolve("greeting.drl"), """
                package team
                import org.cxlint.facts.PhraseHit
                import org.cxlint.engine.Finding
                rule "TEAM-SLANG"
                when
                    $h : PhraseHit(phrase == "slang", agent == true, plain == true)
                then
                    insert(new Finding(drools.getRule().getName(), $h));
                end
                """);
        Files.writeString(dir.resolve("team.yaml"), """
                phrases:
                  - id: slang
                    patterns: ["no worries", "cheers mate"]
                rules:
                  - id: TEAM-SLANG
                    principle: courtesy-always
                    category: professionalism
                    severity: minor
                    message: Keep it professional.
                    rewrite: "You're welcome."
                    examples:
                      flag: ["Agent: [[No worries]], done."]
                      pass: ["Agent: You're welcome, it's done."]
                """);
        CliRun ok = CliRun.of("rules", "test", dir.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        // two examples, the rewrite, and the catalogue step (bundled catalogue: courtesy-always is checkable)
        assertTrue(ok.out().contains("4 passed, 0 failed"), ok.out());

        Files.createDirectory(dir.resolve("cases"));
        Files.writeString(dir.resolve("cases/TEAM-SLANG.yaml"), "rule: TEAM-SLANG\npass: [\"Agent: Cheers mate.\"]\n");
        CliRun bad = CliRun.of("rules", "test", dir.toString());
        assertEquals(ExitCode.FINDINGS.code, bad.exit(), bad.out());
        assertTrue(
                bad.out().contains("FAIL TEAM-SLANG pass #2: Agent: Cheers mate.: must not flag, but flagged"),
                bad.out());
    }

    @Test
    void exportWritesTheBundledRulesToStartFromAndRefusesAFolderInUse() throws IOException {
        Path out = tmp.resolve("our-rules");
        CliRun run = CliRun.of("rules", "export", out.toString());
        assertEquals(0, run.exit(), run.err());
        java.util.List<String> expected;
        try (var s = Files.list(Path.of("rules"))) {
            expected = s.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
        try (var s = Files.list(out)) {
            assertEquals(
                    expected, s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String f : expected)
            assertEquals(Files.readString(Path.of("rules", f)), Files.readString(out.resolve(f)), f);
        assertEquals(
                ExitCode.USAGE.code,
                CliRun.of("rules", "export", out.toString()).exit(),
                "not empty");
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertEquals(
                ExitCode.USAGE.code,
                CliRun.of("rules", "export", file.toString()).exit());
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertEquals(0, CliRun.of("rules", "export", empty.toString()).exit(), "an empty folder is fine");
    }

    @Test
    void testChecksTheCatalogueOfACheckoutAndSaysWhatDisagrees() throws IOException {
        CliRun repo = CliRun.of("rules", "test", "rules", "-v");
        assertEquals(0, repo.exit(), repo.out());
        assertTrue(
                repo.out()
                        .contains("ok   catalogue ("
                                + Path.of("seeds/principles.yaml").toAbsolutePath() + ")"),
                repo.out());

        // a checkout whose catalogue renamed a principle its rules still check: rules/ beside seeds/, as in the
        // repository
        Path checkout = Files.createDirectory(tmp.resolve("checkout"));
        assertEquals(
                0,
                CliRun.of("rules", "export", checkout.resolve("rules").toString())
                        .exit());
        Files.createDirectory(checkout.resolve("seeds"));
        String catalogue = Files.readString(Path.of("seeds/principles.yaml"));
        assertTrue(catalogue.contains("id: principles-before-policy\n"));
        Files.writeString(
                checkout.resolve("seeds/principles.yaml"),
                catalogue.replace("id: principles-before-policy\n", "id: principles-before-policies\n"));
        CliRun bad = CliRun.of("rules", "test", checkout.resolve("rules").toString());
        assertEquals(ExitCode.FINDINGS.code, bad.exit(), bad.out());
        String name =
                "FAIL catalogue (" + checkout.resolve("seeds/principles.yaml").toAbsolutePath() + "): ";
        assertTrue(
                bad.out()
                        .contains(
                                name
                                        + "POS-POLICY checks principle principles-before-policy, which the catalogue does not list"),
                bad.out());
        assertTrue(bad.out().contains(name + "checkable principle principles-before-policies has no rule"), bad.out());
        assertTrue(bad.out().matches("(?s).*\\d+ passed, [1-9]\\d* failed.*"), bad.out());
        assertEquals(
                ExitCode.USAGE.code,
                CliRun.of(
                                "rules",
                                "test",
                                "rules",
                                "--catalogue",
                                tmp.resolve("none.yaml").toString())
                        .exit());
    }
}
