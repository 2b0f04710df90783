package org.cxlint.cli;

import java.nio.file.Path;
import org.cxlint.Linter;
import org.cxlint.Linters;
import org.cxlint.ingest.Readers;
import org.cxlint.report.Renderer;
import org.cxlint.report.Renderers;
import org.cxlint.rules.RuleFiles;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every scoring command shares: report format, rules, input format. */
final class ReportOptions {
    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: text, json, line (file:turn:col:RULE:severity:message), junit or sarif. "
                    + "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--rules", paramLabel = "DIR", description = "Use the rules in DIR instead of the bundled ones.")
    Path rulesDir;

    @Option(names = "--input-format", paramLabel = "NAME",
            description = "Read every input as this format instead of detecting it (json, text).")
    String inputFormat;

    /** Checks the names before anything slow happens, so a typo costs no rule compilation. */
    Renderer renderer(CommandLine cl) {
        Renderer renderer = Renderers.byName(format).orElseThrow(() -> new CommandLine.ParameterException(cl,
                "unknown --format \"" + format + "\" (known: " + String.join(", ", Renderers.names()) + ")"));
        if (inputFormat != null && Readers.byName(inputFormat).isEmpty()) {
            throw new CommandLine.ParameterException(cl,
                    "unknown --input-format \"" + inputFormat + "\" (known: " + Readers.names() + ")");
        }
        return renderer;
    }

    Linter linter() {
        return Linters.forRules(rulesDir == null ? RuleFiles.bundled() : RuleFiles.fromDirectory(rulesDir));
    }
}
