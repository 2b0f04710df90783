package org.cxlint.spark;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What {@link ScoreJob} was asked to do; README ("Scoring a data lake with Apache Spark") documents it. Parsed
 * with picocli, as the CLI is, so the two take options and report mistakes the same way.
 *
 * @param inputFormat  {@code jsonl} or {@code parquet}
 * @param rules        rules folders laid over the bundled rules in order (local paths or any Hadoop file system
 *                     URI), as the CLI's {@code --rules}; empty for the bundled rules alone
 * @param bundledRules false with {@code --no-bundled-rules}: only the named folders
 * @param partitions   how many partitions to score in; 0 means spark.default.parallelism
 * @param today        the date waiver expiry is judged against, fixed once on the driver
 */
public record JobOptions(
        String input,
        String inputFormat,
        String output,
        List<String> rules,
        boolean bundledRules,
        int partitions,
        LocalDate today,
        boolean overwrite) {
    public static final String JSONL = "jsonl";
    public static final String PARQUET = "parquet";

    public JobOptions {
        rules = List.copyOf(rules);
    }

    /** A command-line mistake: the job prints it with the usage and exits 2. */
    public static class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    /** {@code --help}: the job prints the usage and exits 0. */
    public static final class HelpRequested extends UsageException {
        public HelpRequested() {
            super("help");
        }
    }

    @Command(
            name = "ScoreJob",
            mixinStandardHelpOptions = false,
            sortOptions = false,
            description = "Score transcripts in a data lake with cxlint's rules.")
    static final class Args {
        @Option(
                names = "--input",
                required = true,
                paramLabel = "PATH",
                description =
                        "JSON Lines (one cxlint transcript JSON per line; .gz/.bz2 read too) or Parquet (columns in "
                                + "README); a file, a directory or a glob.")
        String input;

        @Option(
                names = "--output",
                required = true,
                paramLabel = "DIR",
                description = "Writes results/{parquet,jsonl}, summary/{parquet,jsonl} and errors/ (jsonl).")
        String output;

        @Option(
                names = "--input-format",
                paramLabel = "jsonl|parquet",
                description = "Default: from the extension (.jsonl .ndjson .json -> jsonl, .parquet -> parquet).")
        String inputFormat;

        @Option(
                names = "--rules",
                paramLabel = "DIR",
                description =
                        "A rules folder laid over the bundled rules, as the CLI's --rules (read once, on the driver). "
                                + "Repeatable: later folders win.")
        List<String> rules = new ArrayList<>();

        @Option(names = "--no-bundled-rules", description = "Use only the --rules folders, not the bundled rules.")
        boolean noBundledRules;

        @Option(
                names = "--partitions",
                paramLabel = "N",
                description = "Default: spark.default.parallelism (every executor core).")
        String partitions;

        @Option(
                names = "--today",
                paramLabel = "yyyy-mm-dd",
                description = "The date waivers expire against; default today in UTC.")
        String today;

        @Option(names = "--overwrite", description = "Replace an existing output directory.")
        boolean overwrite;

        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help.")
        boolean help;
    }

    public static String usage() {
        return new CommandLine(new Args()).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    public static JobOptions parse(String... args) {
        Args a = new Args();
        CommandLine cl = new CommandLine(a);
        try {
            cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        if (cl.isUsageHelpRequested()) throw new HelpRequested();
        String format = a.inputFormat != null ? a.inputFormat.toLowerCase(Locale.ROOT) : formatOf(a.input);
        if (!format.equals(JSONL) && !format.equals(PARQUET)) {
            throw new UsageException("unknown --input-format \"" + format + "\" (known: jsonl, parquet)");
        }
        if (a.noBundledRules && a.rules.isEmpty())
            throw new UsageException("--no-bundled-rules needs at least one --rules DIR");
        return new JobOptions(
                a.input,
                format,
                a.output,
                a.rules,
                !a.noBundledRules,
                partitions(a.partitions),
                today(a.today),
                a.overwrite);
    }

    private static int partitions(String v) {
        if (v == null) return 0;
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1) throw new UsageException("--partitions must be a whole number of at least 1, not \"" + v + "\"");
        return n;
    }

    private static LocalDate today(String v) {
        if (v == null) return LocalDate.now(ZoneOffset.UTC);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException("--today must be a date like 2026-12-31, not \"" + v + "\"");
        }
    }

    /** Whether the job scores with the bundled rules alone (nothing named with --rules). */
    boolean bundledOnly() {
        return rules.isEmpty() && bundledRules;
    }

    static String formatOf(String input) {
        String p = input.toLowerCase(Locale.ROOT)
                .replaceAll("/+$", "")
                .replaceAll("\\.(gz|bz2|zst|deflate|lz4|snappy)$", "");
        if (p.endsWith(".parquet")) return PARQUET;
        if (p.endsWith(".jsonl") || p.endsWith(".ndjson") || p.endsWith(".json")) return JSONL;
        throw new UsageException(
                "cannot tell the format of \"" + input + "\" from its name: give --input-format jsonl or parquet");
    }
}
