package org.cxlint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cxlint.gate.Suite;
import org.cxlint.run.Scoring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description =
                "Check a suite of scripted responses against its expectations file; exit 4 when a script misses one.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "SUITE|DIR",
            description = "Expectations files, or directories holding a " + Suite.DEFAULT_FILE + ".")
    List<Path> suites;

    @Mixin
    ReportOptions report;

    @Mixin
    GateOptions gate;

    @Override
    public Integer call() throws Exception {
        List<Path> files = new ArrayList<>();
        List<Suite> loaded = new ArrayList<>();
        Map<String, Scoring.Scripted> bySource = new HashMap<>();
        for (Path p : suites) {
            Suite suite;
            try {
                suite = Suite.load(p);
            } catch (Suite.SuiteException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            loaded.add(suite);
            suite.scripts().forEach((file, expectation) -> {
                if (bySource.putIfAbsent(file.toString(), new Scoring.Scripted(suite.name(), expectation)) == null) {
                    files.add(file);
                }
            });
        }
        return GatedRun.execute(
                spec.commandLine(),
                report,
                gate,
                new GatedRun.Plan(files, Map.of(), Set.of(), bySource::get, true, known -> {
                    for (Suite suite : loaded) {
                        try {
                            suite.checkRuleIds(known);
                        } catch (Suite.SuiteException e) {
                            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
                        }
                    }
                }));
    }
}
