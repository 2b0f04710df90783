package org.cxlint.spark;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What {@link ScoreJob} was asked to do; README ("Scoring a data lake with Apache Spark") documents it.
 *
 * @param inputFormat {@code jsonl} or {@code parquet}
 * @param rules       a rules directory (local path or any Hadoop file system URI), or null for the bundled rules
 * @param partitions  how many partitions to score in; 0 means spark.default.parallelism
 * @param today       the date waiver expiry is judged against, fixed once on the driver
 */
public record JobOptions(String input, String inputFormat, String output, String rules, int partitions,
                         LocalDate today, boolean overwrite) {
    public static final String JSONL = "jsonl";
    public static final String PARQUET = "parquet";

    static final String USAGE = """
            usage: ScoreJob --input PATH --output DIR [--input-format jsonl|parquet] [--rules DIR]
                            [--partitions N] [--today yyyy-mm-dd] [--overwrite]
              --input         JSON Lines (one cxlint transcript JSON per line; .gz/.bz2 read too) or Parquet
                              (columns in README); a file, a directory or a glob
              --output        writes results/{parquet,jsonl}, summary/{parquet,jsonl} and errors/ (jsonl)
              --input-format  default: from the extension (.jsonl .ndjson .json -> jsonl, .parquet -> parquet)
              --rules         a rules directory to use instead of the bundled rules (read once, on the driver)
              --partitions    default: spark.default.parallelism (every executor core)
              --today         the date waivers expire against; default today in UTC
              --overwrite     replace an existing output directory""";

    /** A command-line mistake: the job prints it with the usage and exits 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static JobOptions parse(String... args) {
        String input = null, format = null, output = null, rules = null;
        int partitions = 0;
        LocalDate today = null;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input" -> input = value(args, ++i, a);
                case "--input-format" -> format = value(args, ++i, a).toLowerCase(Locale.ROOT);
                case "--output" -> output = value(args, ++i, a);
                case "--rules" -> rules = value(args, ++i, a);
                case "--partitions" -> {
                    String v = value(args, ++i, a);
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        partitions = -1;
                    }
                    if (partitions < 1) throw new UsageException("--partitions must be a whole number of at least 1, not \"" + v + "\"");
                }
                case "--today" -> {
                    String v = value(args, ++i, a);
                    try {
                        today = LocalDate.parse(v);
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--today must be a date like 2026-12-31, not \"" + v + "\"");
                    }
                }
                case "--overwrite" -> overwrite = true;
                default -> throw new UsageException("unknown argument \"" + a + "\"");
            }
        }
        if (input == null) throw new UsageException("--input is required");
        if (output == null) throw new UsageException("--output is required");
        if (format == null) format = formatOf(input);
        if (!format.equals(JSONL) && !format.equals(PARQUET)) {
            throw new UsageException("unknown --input-format \"" + format + "\" (known: jsonl, parquet)");
        }
        return new JobOptions(input, format, output, rules, partitions,
                today != null ? today : LocalDate.now(ZoneOffset.UTC), overwrite);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) throw new UsageException(option + " needs a value");
        return args[i];
    }

    static String formatOf(String input) {
        String p = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "").replaceAll("\\.(gz|bz2|zst|deflate|lz4|snappy)$", "");
        if (p.endsWith(".parquet")) return PARQUET;
        if (p.endsWith(".jsonl") || p.endsWith(".ndjson") || p.endsWith(".json")) return JSONL;
        throw new UsageException("cannot tell the format of \"" + input + "\" from its name: give --input-format jsonl or parquet");
    }
}
