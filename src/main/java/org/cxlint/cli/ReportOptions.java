package org.cxlint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.Linter;
import org.cxlint.Linters;
import org.cxlint.config.Config;
import org.cxlint.config.ConfigException;
import org.cxlint.config.ConfigFiles;
import org.cxlint.config.LocatedList;
import org.cxlint.config.RuleSelection;
import org.cxlint.ingest.Ingest;
import org.cxlint.ingest.Readers;
import org.cxlint.ingest.RoleResolver;
import org.cxlint.report.Renderer;
import org.cxlint.report.Renderers;
import org.cxlint.rules.RuleFiles;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every scoring command shares: report format, rules, input format, agent labels. */
final class ReportOptions {
    @Option(
            names = {"-f", "--format"},
            defaultValue = "text",
            paramLabel = "FORMAT",
            description =
                    "Report format: text, json, line (path:line:col: severity RULE message), github (Actions workflow commands), junit, sarif, "
                            + "csv or jsonl (one row per transcript), html (one page per transcript; several need --output). "
                            + "Default: ${DEFAULT-VALUE}.")
    String format;

    @Mixin
    RulesOptions rules = new RulesOptions();

    private RuleFiles ruleFiles;

    @Option(
            names = "--input-format",
            paramLabel = "NAME",
            description =
                    "Read every input as this format instead of detecting it from the content (see README, \"Input formats\").")
    String inputFormat;

    @Option(
            names = "--agent",
            paramLabel = "LABEL",
            split = ",",
            description = "The speaker label(s) that are the agent, for formats that label speakers without roles "
                    + "(spk_1, A, 1, a name); every other labelled speaker is the customer. Repeatable or comma-separated. "
                    + "Without it, roles are inferred and the report says how sure that is.")
    List<String> agents = new ArrayList<>();

    @Option(
            names = "--scorecard",
            paramLabel = "FILE",
            description =
                    "Score with this scorecard (weights, points, critical items, pass mark, N/A) instead of the rules' scorecard.yaml.")
    Path scorecard;

    @Option(
            names = {"-j", "--threads"},
            paramLabel = "N",
            description =
                    "Worker threads scoring in parallel; output order and content do not depend on it. Default: the number of processors.")
    Integer threads;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "Write the report to FILE instead of standard output (UTF-8). For --format html, FILE is a folder: "
                            + "one page per transcript and an index.html.")
    Path output;

    @Option(
            names = "--summary",
            paramLabel = "FILE",
            description =
                    "Also write the per-agent and per-team summary (mean, pass rate, distribution, top findings, trend by date and week) as JSON to FILE.")
    Path summary;

    @Option(
            names = "--resume",
            paramLabel = "FILE",
            description =
                    "With --format jsonl: skip the inputs whose rows FILE (an earlier, interrupted run's output) already holds, "
                            + "and append the new rows to FILE instead of stdout.")
    Path resume;

    @Option(
            names = "--transcript-timeout",
            paramLabel = "SECONDS",
            description = "Time one transcript may take to score (and one file to read) before it becomes an error row "
                    + "and the batch goes on; 0 for no limit. Default: 120.")
    Double transcriptTimeout;

    @Option(
            names = "--sarif-root",
            paramLabel = "DIR",
            description =
                    "For --format sarif: name files relative to DIR (the %SRCROOT% base; files outside it get absolute URIs). Default: the current directory.")
    Path sarifRoot;

    @Option(
            names = "--sarif-strengths",
            description =
                    "For --format sarif: also list strengths, as results of kind \"pass\" (left out by default, so praise is no alert).")
    boolean sarifStrengths;

    @picocli.CommandLine.Mixin
    CoachOptions coach;

    @Option(
            names = "--no-progress",
            description = "Never draw the progress bar (it is drawn only when stderr is a terminal).")
    boolean noProgress;

    /** {@code score --store DIR|URL}: also write each report into cxlint serve's store; null: not asked for. */
    String store;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Read this configuration file instead of CXLINT_CONFIG or the nearest " + Config.FILE_NAME
                    + " found from the current directory upwards (see README, \"Configuration\").")
    Path configFile;

    @Option(names = "--no-config", description = "Read no configuration file.")
    boolean noConfig;

    @Option(
            names = "--select",
            paramLabel = "RULE",
            split = ",",
            description = "Run only these rules: rule ids, categories or severities (comma-separated or repeated); "
                    + "replaces the configuration's select.")
    List<String> select;

    @Option(
            names = "--ignore",
            paramLabel = "RULE",
            split = ",",
            description = "Do not run these rules (ids, categories or severities); they cost no points. "
                    + "Replaces the configuration's ignore.")
    List<String> ignore;

    @Option(
            names = "--pass-mark",
            paramLabel = "SCORE",
            description = "Pass mark (0-100) instead of the scorecard's or the configuration's.")
    Double passMark;

    /** The configuration in force once {@link #settle} ran. */
    Config config = Config.NONE;

    private CommandLine commandLine;

    /** More workers than this only cost memory: each holds a transcript's NLP and rule session. */
    static final int MAX_THREADS = 256;

    int threads(CommandLine cl) {
        if (threads == null) return Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
        if (threads < 1 || threads > MAX_THREADS) {
            throw new CommandLine.ParameterException(
                    cl, "--threads must be between 1 and " + MAX_THREADS + ", not " + threads);
        }
        return threads;
    }

    java.time.Duration transcriptTimeout(CommandLine cl) {
        if (transcriptTimeout == null) return org.cxlint.run.Batch.DEFAULT_BUDGET;
        double s = transcriptTimeout;
        if (!(s >= 0 && s <= 86_400)) {
            throw new CommandLine.ParameterException(
                    cl,
                    "--transcript-timeout must be between 0 (no limit) and 86400 seconds, not " + transcriptTimeout);
        }
        return java.time.Duration.ofMillis(Math.round(s * 1000));
    }

    /** --resume names the JSONL file to append to: not a directory, and in a folder that exists. */
    void checkResume(CommandLine cl) {
        if (java.nio.file.Files.isDirectory(resume)) {
            throw new CommandLine.ParameterException(
                    cl,
                    "--resume " + resume + " is a directory; name the JSONL results file (e.g. "
                            + resume.resolve("rows.jsonl") + ")");
        }
        Path parent = resume.toAbsolutePath().getParent();
        if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(cl, "--resume " + resume + ": folder " + parent + " not found");
        }
    }

    /**
     * Reads the configuration file and fills in what the command line left unset: the command line wins
     * for every key it sets. Call before anything else reads these options.
     */
    void settle(CommandLine cl) {
        if (commandLine != null) return; // settled already (score settles before expanding its inputs)
        commandLine = cl;
        if (noConfig && configFile != null)
            throw new CommandLine.ParameterException(cl, "--config and --no-config exclude each other");
        try {
            config = noConfig ? Config.NONE : ConfigFiles.load(configFile, System.getenv(ConfigFiles.ENV), Path.of(""));
        } catch (ConfigException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        if (agents.isEmpty()) agents = new ArrayList<>(config.agents());
        if (scorecard == null) scorecard = config.scorecard();
        if (passMark != null && !(passMark >= 0 && passMark <= 100)) {
            throw new CommandLine.ParameterException(cl, "--pass-mark must be between 0 and 100, not " + passMark);
        }
        if (passMark == null) passMark = config.passMark();
        // the file's rule folders are laid over the bundled rules like --rules DIR; --rules replaces them
        if (rules.dirs.isEmpty()) rules.dirs = new ArrayList<>(config.ruleFolders());
    }

    /** Checks the names before anything slow happens, so a typo costs no rule compilation. */
    Renderer renderer(CommandLine cl) {
        Renderer renderer = Renderers.byName(format)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        cl,
                        "unknown --format \"" + format + "\" (known: " + String.join(", ", Renderers.names()) + ")"));
        if (inputFormat != null && Readers.byName(inputFormat).isEmpty()) {
            throw new CommandLine.ParameterException(
                    cl, "unknown --input-format \"" + inputFormat + "\" (known: " + Readers.names() + ")");
        }
        if (output != null && resume != null) {
            throw new CommandLine.ParameterException(cl, "--output and --resume both say where the rows go; give one");
        }
        if (output != null && !renderer.writesFolder() && java.nio.file.Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(
                    cl,
                    "--output " + output + " is a folder; name the report file "
                            + "(only --format html writes a folder)");
        }
        if ((sarifRoot != null || sarifStrengths) && !renderer.name().equals("sarif")) {
            throw new CommandLine.ParameterException(
                    cl, (sarifRoot != null ? "--sarif-root" : "--sarif-strengths") + " is for --format sarif");
        }
        if (sarifRoot != null && !java.nio.file.Files.isDirectory(sarifRoot)) {
            throw new CommandLine.ParameterException(cl, "--sarif-root " + sarifRoot + ": folder not found");
        }
        if (renderer.name().equals("sarif")) {
            renderer = new org.cxlint.report.SarifRenderer(sarifRoot == null ? Path.of("") : sarifRoot, sarifStrengths);
        }
        if (scorecard != null && !java.nio.file.Files.isRegularFile(scorecard)) {
            throw new CommandLine.ParameterException(
                    cl,
                    "--scorecard " + scorecard
                            + (java.nio.file.Files.exists(scorecard)
                                    ? ": not a regular file (a directory, pipe or device)"
                                    : ": file not found"));
        }
        return renderer;
    }

    /**
     * How inputs are read: the format (or detection), the agent labels and the role cues of the rules
     * {@code linter} loaded (its settings, parsed once).
     */
    Ingest ingest(Linter linter) {
        return new Ingest(
                inputFormat, new RoleResolver(agents, linter.settings().roles()));
    }

    /** The rules a run uses, read once. */
    private RuleFiles ruleFiles() {
        if (ruleFiles == null) ruleFiles = rules.files();
        return ruleFiles;
    }

    Linter linter() throws java.io.IOException {
        RuleFiles files = ruleFiles();
        Linter base = scorecard == null
                ? Linters.forRules(files)
                : Linters.forRules(files, scorecard.toString(), org.cxlint.ingest.ConfigFile.read(scorecard));
        String origin = String.valueOf(config.file());
        try {
            RuleSelection selection = RuleSelection.resolve(
                    base.rules(),
                    select != null
                            ? new RuleSelection.Selectors("--select", "select", LocatedList.option(select))
                            : config.select() == null
                                    ? null
                                    : new RuleSelection.Selectors(origin, "select", config.select()),
                    ignore != null
                            ? new RuleSelection.Selectors("--ignore", "ignore", LocatedList.option(ignore))
                            : config.ignore() == null
                                    ? null
                                    : new RuleSelection.Selectors(origin, "ignore", config.ignore()),
                    config.severity(),
                    origin);
            return base.configured(selection, passMark);
        } catch (ConfigException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }
}
