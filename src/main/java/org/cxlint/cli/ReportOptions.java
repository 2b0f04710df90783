package org.cxlint.cli;

import java.nio.file.Path;
import org.cxlint.Linter;
import org.cxlint.Linters;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.ingest.Ingest;
import org.cxlint.ingest.Readers;
import org.cxlint.ingest.RoleResolver;
import org.cxlint.report.Renderer;
import org.cxlint.report.Renderers;
import org.cxlint.rules.RuleFiles;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every scoring command shares: report format, rules, input format, agent labels. */
final class ReportOptions {
    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: text, json, line (file:turn:col:RULE:severity:message), junit or sarif. "
                    + "Default: ${DEFAULT-VALUE}.")
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
    List<String> agents = new ArrayList<>();

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

    /** How inputs are read: the format (or detection) and the agent labels. */
    Ingest ingest() {
        return new Ingest(inputFormat, new RoleResolver(agents));
    }

    Linter linter() {
        return Linters.forRules(rulesDir == null ? RuleFiles.bundled() : RuleFiles.fromDirectory(rulesDir));
    }
}
