package org.cxlint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score transcripts (files or directories) and print a report.")
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Transcripts, or directories to search for them.")
    List<Path> paths;

    @Mixin
    ReportOptions report;

    @Mixin
    GateOptions gate;

    @picocli.CommandLine.Option(names = "--store", paramLabel = "DIR|URL",
            description = "Also store every report in cxlint serve's store (a folder, or a JDBC URL), so batch and served "
                    + "results share one history; a call stored before is not stored again.")
    String store;

    @Override
    public Integer call() throws Exception {
        report.store = store;
        InputPaths.Expanded inputs = InputPaths.expand(paths, InputPaths.LIST);
        return GatedRun.execute(spec.commandLine(), report, gate, inputs.files(), inputs.unreadable(), source -> null, false,
                ids -> {});
    }
}
