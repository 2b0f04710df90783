package org.cxlint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cxlint.Linter;
import org.cxlint.ingest.Ingest;
import org.cxlint.Linters;
import org.cxlint.ingest.Readers;
import org.cxlint.ingest.RoleResolver;
import org.cxlint.report.InputError;
import org.cxlint.report.Renderer;
import org.cxlint.report.Renderers;
import org.cxlint.report.Report;
import org.cxlint.report.Summary;
import org.cxlint.rules.RuleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score transcripts (files or directories) and print a report.")
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Transcripts, or directories to search for them.")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: text, json or line (file:turn:col:RULE:severity:message). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--rules", paramLabel = "DIR", description = "Use the rules in DIR instead of the bundled ones.")
    Path rulesDir;

    @Option(names = "--input-format", paramLabel = "NAME",
            description = "Read every input as this format instead of detecting it from the content (see README, \"Input formats\").")
    String inputFormat;

    @Option(names = "--agent", paramLabel = "LABEL", split = ",",
            description = "The speaker label(s) that are the agent, for formats that label speakers without roles "
                    + "(spk_1, A, 1, a name); every other labelled speaker is the customer. Repeatable or comma-separated. "
                    + "Without it, roles are inferred and the report says how sure that is.")
    List<String> agents = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Renderer renderer = Renderers.byName(format).orElse(null);
        if (renderer == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown --format \"" + format + "\" (known: " + String.join(", ", Renderers.names()) + ")");
        }
        if (inputFormat != null && Readers.byName(inputFormat).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown --input-format \"" + inputFormat + "\" (known: " + Readers.names() + ")");
        }
        List<Path> files = InputPaths.expand(paths);
        Linter linter = Linters.forRules(rulesDir == null ? RuleFiles.bundled() : RuleFiles.fromDirectory(rulesDir));

        renderer.start(out);
        Summary summary = new BatchRunner(linter, new Ingest(inputFormat, new RoleResolver(agents))).run(files, new BatchRunner.Sink() {
            @Override
            public void report(Report report) {
                renderer.report(out, report);
            }

            @Override
            public void error(InputError error) {
                err.println("cxlint: " + error.file() + ": " + error.reason());
                renderer.error(out, error);
            }
        });
        renderer.end(out, summary);
        err.flush();
        return summary.failed() > 0 ? ExitCode.INPUT_ERRORS.code : ExitCode.OK.code;
    }
}
