package org.cxlint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = "Score transcripts (files or directories) and print a report.")
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE|DIR",
            description = "Transcripts, or directories to search for them.")
    List<Path> paths;

    @CommandLine.Option(
            names = "--exclude",
            paramLabel = "GLOB",
            description = "Leave out files and folders of a scanned folder that match GLOB, relative to that folder "
                    + "(*.meta.json or archive at any depth; stats/*.json from the top; ** crosses folders). Repeatable. "
                    + "Files named on the command line are always read.")
    List<String> excludes = new java.util.ArrayList<>();

    @Mixin
    ReportOptions report;

    @Mixin
    GateOptions gate;

    @picocli.CommandLine.Option(
            names = "--store",
            paramLabel = "DIR|URL",
            description =
                    "Also store every report in cxlint serve's store (a folder, or a JDBC URL), so batch and served "
                            + "results share one history; a call stored before is not stored again.")
    String store;

    @Override
    public Integer call() throws Exception {
        ExcludeGlobs exclude;
        try {
            // the configuration's exclude patterns, unless --exclude names its own
            report.settle(spec.commandLine());
            exclude = ExcludeGlobs.of(excludes.isEmpty() ? report.config.exclude() : excludes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        report.store = store;
        InputPaths.Expanded inputs = InputPaths.expand(paths, InputPaths.LIST, exclude);
        return GatedRun.execute(
                spec.commandLine(),
                report,
                gate,
                new GatedRun.Plan(
                        inputs.files(), inputs.unreadable(), inputs.scanned(), source -> null, false, ids -> {}));
    }
}
