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
            description = "Report format: text, json, line (file:turn:col:RULE:severity:message), junit, sarif, "
                    + "csv or jsonl (one row per transcript), html (one page per transcript; several need --output). "
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

    @Option(names = "--scorecard", paramLabel = "FILE",
            description = "Score with this scorecard (weights, points, critical items, pass mark, N/A) instead of the rules' scorecard.yaml.")
    Path scorecard;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Worker threads scoring in parallel; output order and content do not depend on it. Default: the number of processors.")
    Integer threads;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "For --format html: write one page per transcript and an index.html into DIR.")
    Path output;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Also write the per-agent and per-team summary (mean, pass rate, distribution, top findings, trend by date and week) as JSON to FILE.")
    Path summary;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "With --format jsonl: skip the inputs whose rows FILE (an earlier, interrupted run's output) already holds, "
                    + "and append the new rows to FILE instead of stdout.")
    Path resume;

    @picocli.CommandLine.Mixin
    CoachOptions coach;

    @Option(names = "--no-progress", description = "Never draw the progress bar (it is drawn only when stderr is a terminal).")
    boolean noProgress;

    /** More workers than this only cost memory: each holds a transcript's NLP and rule session. */
    static final int MAX_THREADS = 256;

    int threads(CommandLine cl) {
        if (threads == null) return Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
        if (threads < 1 || threads > MAX_THREADS) {
            throw new CommandLine.ParameterException(cl, "--threads must be between 1 and " + MAX_THREADS + ", not " + threads);
        }
        return threads;
    }

    /** --resume names the JSONL file to append to: not a directory, and in a folder that exists. */
    void checkResume(CommandLine cl) {
        if (java.nio.file.Files.isDirectory(resume)) {
            throw new CommandLine.ParameterException(cl, "--resume " + resume
                    + " is a directory; name the JSONL results file (e.g. " + resume.resolve("rows.jsonl") + ")");
        }
        Path parent = resume.toAbsolutePath().getParent();
        if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(cl, "--resume " + resume + ": folder " + parent + " not found");
        }
    }

    /** Checks the names before anything slow happens, so a typo costs no rule compilation. */
    Renderer renderer(CommandLine cl) {
        Renderer renderer = Renderers.byName(format).orElseThrow(() -> new CommandLine.ParameterException(cl,
                "unknown --format \"" + format + "\" (known: " + String.join(", ", Renderers.names()) + ")"));
        if (inputFormat != null && Readers.byName(inputFormat).isEmpty()) {
            throw new CommandLine.ParameterException(cl,
                    "unknown --input-format \"" + inputFormat + "\" (known: " + Readers.names() + ")");
        }
        if (output != null && !(renderer instanceof org.cxlint.report.HtmlRenderer)) {
            throw new CommandLine.ParameterException(cl, "--output is for --format html (other formats write to stdout)");
        }
        if (scorecard != null && !java.nio.file.Files.isRegularFile(scorecard)) {
            throw new CommandLine.ParameterException(cl, "--scorecard " + scorecard + ": file not found");
        }
        return renderer;
    }

    /** How inputs are read: the format (or detection) and the agent labels. */
    Ingest ingest() {
        return new Ingest(inputFormat, new RoleResolver(agents));
    }

    Linter linter() throws java.io.IOException {
        RuleFiles files = rulesDir == null ? RuleFiles.bundled() : RuleFiles.fromDirectory(rulesDir);
        if (scorecard == null) return Linters.forRules(files);
        return Linters.forRules(files, scorecard.toString(), java.nio.file.Files.readString(scorecard));
    }
}
