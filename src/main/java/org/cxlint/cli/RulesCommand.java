package org.cxlint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cxlint.Linter;
import org.cxlint.Linters;
import org.cxlint.rules.PrincipleCatalogue;
import org.cxlint.rules.RuleDef;
import org.cxlint.rules.RuleFiles;
import org.cxlint.rules.RuleSource;
import org.cxlint.ruletest.RuleTester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cxlint rules list | explain RULE | test DIR | export DIR}: what the rules are, why, and whether they work. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "List, explain and test rules.",
        subcommands = {
            RulesCommand.ListRules.class,
            RulesCommand.Explain.class,
            RulesCommand.Test.class,
            RulesCommand.Export.class
        })
final class RulesCommand {

    static Linter load(Path dir) {
        return Linters.forRules(dir == null ? RuleFiles.bundled() : RuleFiles.fromDirectory(dir));
    }

    /** Which rules to read: the bundled ones, with the folders the user names laid over them. */
    static final class RulesDir {
        @Mixin
        RulesOptions options = new RulesOptions();

        Map<String, RuleDef> rules() {
            return Linters.forRules(files()).rules();
        }

        RuleFiles files() {
            return options.files();
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "One line per rule: id, severity, category, principle.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        RulesDir rulesDir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Map<String, RuleDef> rules = rulesDir.rules();
            out.printf(
                    Locale.ROOT,
                    "%-18s %-9s %-18s %-34s %s%n",
                    "RULE",
                    "SEVERITY",
                    "CATEGORY",
                    "PRINCIPLE",
                    "APPLIES WHEN");
            for (RuleDef r : rules.values()) {
                out.printf(
                        Locale.ROOT,
                        "%-18s %-9s %-18s %-34s %s%n",
                        r.id(),
                        r.severity().label(),
                        r.category(),
                        r.principle(),
                        r.appliesWhen() == null ? "always" : r.appliesWhen());
            }
            out.println(rules.size() + " rules");
            out.flush();
            return ExitCode.OK.code;
        }
    }

    @Command(
            name = "explain",
            mixinStandardHelpOptions = true,
            description = "A rule's principle, its source article, message, rewrite and examples.")
    static final class Explain implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--drl",
                description =
                        "Print only the DRL that decides when the rule fires (generated from its match: or hand-written).")
        boolean drl;

        @Parameters(paramLabel = "RULE", description = "The rule id, e.g. OWN-DEFLECT.")
        String id;

        @Mixin
        RulesDir rulesDir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Map<String, RuleDef> rules = rulesDir.rules();
            RuleDef r = rules.get(id.toUpperCase(Locale.ROOT));
            if (r == null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "no rule \"" + id + "\" (see `cxlint rules list`)");
            }
            if (drl) {
                out.print(RuleSource.drl(rulesDir.files(), r));
                out.flush();
                return ExitCode.OK.code;
            }
            PrincipleCatalogue catalogue = PrincipleCatalogue.bundled();
            out.println(r.id() + "  (" + r.severity().label() + ", " + r.category() + ")");
            out.println();
            out.println(r.message().strip());
            if (r.rewrite() != null) out.println("Suggested rewrite: " + r.rewrite());
            for (var c : r.rewrites())
                out.println("  when the flagged words match /" + c.when().pattern() + "/: " + c.rewrite());
            if (r.appliesWhen() != null) out.println("Applies only when: " + r.appliesWhen() + " (otherwise N/A)");
            out.println();
            var p = catalogue.principle(r.principle());
            if (p.isPresent()) {
                out.println("Principle: " + p.get().title() + " [" + p.get().id() + "]");
                out.println("  " + p.get().summary().strip());
                for (PrincipleCatalogue.Source s : p.get().sources()) {
                    catalogue
                            .article(s.article())
                            .ifPresent(a -> out.println("  Source: " + s.article() + " item " + s.item()
                                    + ": \"" + a.title() + "\"" + (a.author() == null ? "" : ", " + a.author())
                                    + (a.date() == null ? "" : ", " + a.date())));
                }
            } else {
                out.println("Principle: " + r.principle() + " (not in the bundled catalogue)");
            }
            List<String> others = new java.util.ArrayList<>(
                    PrincipleCatalogue.rulesByPrinciple(rules.values()).get(r.principle()));
            others.remove(r.id());
            if (!others.isEmpty()) out.println("  Also checked by: " + String.join(", ", others));
            if (r.examples() != null) {
                out.println();
                out.println("Flags:");
                r.examples().flag().forEach(e -> out.println("  " + e.replace("\n", "\n  ")));
                out.println("Does not flag:");
                r.examples().pass().forEach(e -> out.println("  " + e.replace("\n", "\n  ")));
            }
            out.flush();
            return ExitCode.OK.code;
        }
    }

    @Command(
            name = "test",
            mixinStandardHelpOptions = true,
            description = {
                "Run every rule's examples in DIR (and DIR/cases/*.yaml): flags where marked, "
                        + "passes where it should, and a rewrite no longer flags; and check the rules against the principle "
                        + "catalogue. Exit 4 when any fails.",
                "The catalogue is --catalogue FILE, else DIR/../seeds/principles.yaml (a cxlint checkout), and with "
                        + "either it must list exactly DIR's rules; else the bundled one, and each rule must check one of its "
                        + "checkable principles."
            })
    static final class Test implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "A rules directory (DRL, rule packs, scorecard.yaml).")
        Path dir;

        @Option(
                names = {"-v", "--verbose"},
                description = "Print passing checks too.")
        boolean verbose;

        @Option(
                names = "--catalogue",
                paramLabel = "FILE",
                description = "The principle catalogue (seeds/principles.yaml) the rules must agree with, all of them.")
        Path catalogue;

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter out = spec.commandLine().getOut();
            Linter linter = load(dir);
            Map<String, RuleDef.Examples> extra = RuleTester.extraCases(dir);
            RuleTester tester = new RuleTester(linter);
            int passed = 0;
            int failed = 0;
            Path file = catalogue != null
                    ? catalogue
                    : dir.toAbsolutePath().normalize().resolveSibling("seeds/principles.yaml");
            boolean own = catalogue != null || java.nio.file.Files.isRegularFile(file);
            if (catalogue != null && !java.nio.file.Files.isRegularFile(catalogue)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--catalogue " + catalogue + ": file not found");
            }
            PrincipleCatalogue c = own
                    ? PrincipleCatalogue.parse(file.toString(), java.nio.file.Files.readString(file))
                    : PrincipleCatalogue.bundled();
            String name = "catalogue (" + (own ? file : "bundled") + ")";
            List<String> problems =
                    org.cxlint.rules.CatalogueCheck.problems(c, linter.rules().values(), own);
            for (String p : problems) out.println("FAIL " + name + ": " + p);
            if (problems.isEmpty()) {
                passed++;
                if (verbose) out.println("ok   " + name);
            }
            failed += problems.size();
            for (String unknown : extra.keySet()) {
                if (!linter.rules().containsKey(unknown)) {
                    out.println("FAIL " + unknown + ": cases/ names a rule that does not exist");
                    failed++;
                }
            }
            for (RuleDef def : linter.rules().values()) {
                List<RuleTester.Result> results = tester.test(def, extra.get(def.id()));
                for (RuleTester.Result r : results) {
                    if (r.passed()) {
                        passed++;
                        if (verbose) out.println("ok   " + r.name());
                    } else {
                        failed++;
                        out.println("FAIL " + r.name() + ": " + r.problem());
                    }
                }
            }
            out.println(passed + " passed, " + failed + " failed");
            out.flush();
            return failed == 0 ? ExitCode.OK.code : ExitCode.FINDINGS.code;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description =
                    "Write the bundled rules (DRL, rule packs, scorecard.yaml, settings.yaml) into DIR, to start a rule folder "
                            + "or a scorecard from. DIR must be empty or not exist yet.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The folder to write (created when missing).")
        Path dir;

        @Override
        public Integer call() throws java.io.IOException {
            if (java.nio.file.Files.exists(dir)) {
                if (!java.nio.file.Files.isDirectory(dir)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), dir + " is a file, not a folder");
                }
                try (var entries = java.nio.file.Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new CommandLine.ParameterException(
                                spec.commandLine(), dir + " is not empty; export into a new folder");
                    }
                }
            }
            java.nio.file.Files.createDirectories(dir);
            RuleFiles bundled = RuleFiles.bundled();
            java.util.Map<String, String> files = new java.util.TreeMap<>(bundled.drl());
            files.putAll(bundled.packs());
            files.put(RuleFiles.SCORECARD, bundled.scorecard());
            if (bundled.settings() != null) files.put(org.cxlint.rules.RuleSettings.FILE, bundled.settings());
            for (var e : files.entrySet()) {
                java.nio.file.Files.writeString(
                        dir.resolve(e.getKey()), e.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            }
            spec.commandLine()
                    .getErr()
                    .println("cxlint: wrote " + files.size() + " files to " + dir + " (use them with --rules " + dir
                            + "; `cxlint rules test " + dir + "` runs their examples)");
            spec.commandLine().getErr().flush();
            return ExitCode.OK.code;
        }
    }
}
