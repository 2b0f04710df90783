package org.cxlint.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.cxlint.Linter;
import org.cxlint.result.GroupTally;
import scala.Tuple2;

/**
 * cxlint as a Spark job: reads transcripts (JSON Lines or Parquet), scores them in {@code mapPartitions}
 * with one {@link Linter} per executor JVM, and writes per-transcript results, a per-agent summary and
 * the records that could not be scored. README ("Scoring a data lake with Apache Spark") is the manual.
 */
public final class ScoreJob {
    /** Row counts of one run. */
    public record Counts(long results, long errors, long agents) {}

    private ScoreJob() {}

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (JobOptions.HelpRequested e) {
            System.out.print(JobOptions.usage());
            return;
        } catch (JobOptions.UsageException e) {
            System.err.println("cxlint-spark: " + e.getMessage());
            System.err.print(JobOptions.usage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("cxlint").getOrCreate();
        int code = 0;
        try {
            Counts c = run(spark, options);
            System.out.println(
                    "cxlint-spark: " + c.results() + " transcripts scored, " + c.errors() + " could not be scored (see "
                            + options.output() + "/errors), " + c.agents() + " agents in the summary");
        } catch (JobOptions.UsageException e) {
            System.err.println("cxlint-spark: " + e.getMessage());
            code = 2;
        } catch (org.cxlint.rules.RulesException e) {
            // the same exit code as the CLI: rules failed to load
            System.err.println("cxlint-spark: " + e.getMessage());
            code = 1;
        } finally {
            spark.stop();
        }
        if (code != 0) System.exit(code);
    }

    public static Counts run(SparkSession spark, JobOptions o) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // rules named on the command line are read and compiled here first: a broken rule fails the job
        // before any executor starts work
        RulesSource rules = RulesSource.bundled();
        if (!o.bundledOnly()) {
            rules = RulesSource.read(o.rules(), o.bundledRules(), jsc.hadoopConfiguration());
            // in local mode the driver is the executor: load the whole pipeline once, for the tasks too
            if (jsc.isLocal()) ExecutorLinter.get(rules);
            else Linter.load(rules.files(), null);
        }
        int partitions = o.partitions() > 0 ? o.partitions() : jsc.defaultParallelism();
        RecordScorer scorer = new RecordScorer(rules, o.today());

        JavaRDD<Row> outcomes;
        if (o.inputFormat().equals(JobOptions.PARQUET)) {
            ParquetFiles files = ParquetFiles.check(jsc, o.input());
            outcomes = parquetInput(spark, o.input(), files.read())
                    .repartition(partitions)
                    .javaRDD()
                    .mapPartitions(scorer::scoreRows);
            if (!files.broken().isEmpty()) outcomes = outcomes.union(jsc.parallelize(files.broken(), 1));
        } else {
            outcomes = jsonLines(jsc, o.input()).repartition(partitions).mapPartitions(scorer::scoreLines);
        }
        Dataset<Row> scored = spark.createDataFrame(outcomes, Schemas.OUTCOME).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> results = scored.filter(col("result").isNotNull()).select("result.*");
            Dataset<Row> errors = scored.filter(col("error").isNotNull()).select("error.*");
            SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            String out = o.output().replaceAll("/+$", "");
            results.write().mode(mode).parquet(out + "/results/parquet");
            results.write().mode(mode).json(out + "/results/jsonl");
            errors.coalesce(1).write().mode(mode).json(out + "/errors");
            // one row per agent: small enough for one sorted file
            Dataset<Row> summary = summary(spark, results)
                    .coalesce(1)
                    .sortWithinPartitions("agent", "team")
                    .persist(StorageLevel.MEMORY_AND_DISK());
            summary.write().mode(mode).parquet(out + "/summary/parquet");
            summary.write().mode(mode).json(out + "/summary/jsonl");
            Counts counts = new Counts(results.count(), errors.count(), summary.count());
            summary.unpersist();
            return counts;
        } finally {
            scored.unpersist();
        }
    }

    /** Each line with its file and byte offset; blank lines are not records and are skipped. */
    static JavaRDD<RecordScorer.Line> jsonLines(JavaSparkContext jsc, String input) {
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                input, TextInputFormat.class, LongWritable.class, Text.class, jsc.hadoopConfiguration());
        return raw.mapPartitionsWithInputSplit(
                (split, lines) -> {
                    String file = ((FileSplit) split).getPath().toString();
                    return new java.util.Iterator<RecordScorer.Line>() {
                        private RecordScorer.Line next;
                        private long offset;
                        private boolean broken;

                        @Override
                        public boolean hasNext() {
                            while (next == null && !broken) {
                                Tuple2<LongWritable, Text> l;
                                try {
                                    if (!lines.hasNext()) break;
                                    l = lines.next();
                                } catch (Exception e) {
                                    // a corrupt or truncated .gz (or an unreadable block): the file's error row, the
                                    // job goes on
                                    broken = true;
                                    next = new RecordScorer.Line(file, offset, null, unreadable(file, offset, e));
                                    break;
                                }
                                offset = l._1().get();
                                String text = l._2().toString(); // Hadoop reuses the Text object: copy now
                                // a byte-order mark starts the file's first line: the CLI reads past it, so does the
                                // job
                                if (offset == 0 && text.startsWith("\uFEFF")) text = text.substring(1);
                                if (!text.isBlank()) next = new RecordScorer.Line(file, offset, text);
                            }
                            return next != null;
                        }

                        @Override
                        public RecordScorer.Line next() {
                            if (!hasNext()) throw new java.util.NoSuchElementException();
                            RecordScorer.Line l = next;
                            next = null;
                            return l;
                        }
                    };
                },
                false);
    }

    /** Why the rest of a file could not be read, in one line and the user's terms. */
    static String unreadable(String file, long offset, Exception e) {
        String what = file.endsWith(".gz") ? "the gzip file is corrupt or truncated" : "the file could not be read";
        String msg = e.getMessage() == null ? "" : " (" + org.cxlint.ingest.Isolation.oneLine(e.getMessage()) + ")";
        return "could not be read: " + what + (offset > 0 ? " after the line at byte " + offset : "") + msg
                + "; lines before it were scored";
    }

    /**
     * The Parquet input in {@link Schemas#PARQUET_INPUT} order plus file path and row index. Columns other
     * than {@code turns} may be missing (read as null); extra columns are ignored.
     */
    static Dataset<Row> parquetInput(SparkSession spark, String input) {
        return parquetInput(spark, input, new String[] {input});
    }

    /** @param files what to scan: the input itself, or its sound files (partition folders still read as columns) */
    static Dataset<Row> parquetInput(SparkSession spark, String input, String[] files) {
        var reader = spark.read();
        if (files.length != 1 || !files[0].equals(input)) reader = reader.option("basePath", input);
        Dataset<Row> df = reader.parquet(files);
        StructType schema = df.schema();
        List<String> names = Arrays.asList(schema.fieldNames());
        if (!names.contains("turns")) {
            throw new JobOptions.UsageException(input + ": Parquet input has no \"turns\" column (has: " + names + ")");
        }
        List<Column> cols = new ArrayList<>();
        List<Column> bad = new ArrayList<>();
        for (StructField f : Schemas.PARQUET_INPUT.fields()) {
            if (names.contains(f.name())
                    && f.dataType() instanceof ArrayType at
                    && at.elementType() instanceof StructType target) {
                DataType type = schema.apply(f.name()).dataType();
                cols.add(structs(f.name(), type, target, input).as(f.name()));
                bad.add(badElements(f.name(), type, target));
            } else if (names.contains(f.name())) {
                DataType type = schema.apply(f.name()).dataType();
                // try_cast: a value that does not convert is null here and named in _bad, never the job's end
                cols.add(convert(col(f.name()), type, f.dataType()).as(f.name()));
                if (!type.equals(f.dataType()))
                    bad.add(array(notConverted(col(f.name()), f.dataType(), lit("\"" + f.name() + "\""))));
            } else cols.add(lit(null).cast(f.dataType()).as(f.name()));
        }
        cols.add(col("_metadata.file_path").as("_file"));
        cols.add(col("_metadata.row_index").as("_row"));
        Column none = array().cast(createArrayType(StringType));
        Column all = bad.isEmpty()
                ? none
                : concat(bad.stream().map(b -> coalesce(b, none)).toArray(Column[]::new));
        cols.add(filter(all, x -> x.isNotNull()).as("_bad"));
        try {
            return df.select(cols.toArray(Column[]::new));
        } catch (Exception e) {
            // a column whose type cannot become the documented one at all (a struct where a number belongs)
            if (e instanceof org.apache.spark.sql.AnalysisException ae) {
                throw new JobOptions.UsageException(
                        input + ": " + org.cxlint.ingest.Isolation.oneLine(ae.getSimpleMessage()));
            }
            throw e;
        }
    }

    private static Column convert(Column c, DataType from, DataType to) {
        return from.equals(to) ? c : c.try_cast(to);
    }

    /** The field's name and value when it holds a value that does not convert to {@code type}, else null. */
    private static Column notConverted(Column c, DataType type, Column name) {
        return when(
                c.isNotNull().and(c.try_cast(type).isNull()),
                concat(name, lit(" is not " + describe(type) + ": \""), c.cast(StringType), lit("\"")));
    }

    /** For each element of an array of structs, its fields that do not convert, as "turn 3: "start" ...". */
    private static Column badElements(String column, DataType type, StructType target) {
        if (!(type instanceof ArrayType a) || !(a.elementType() instanceof StructType s)) return array();
        String element = column.equals("turns") ? "turn " : "waiver ";
        List<String> present = Arrays.asList(s.fieldNames());
        return flatten(transform(
                col(column),
                (e, i) -> array(Arrays.stream(target.fields())
                        .filter(f -> present.contains(f.name())
                                && !s.apply(f.name()).dataType().equals(f.dataType()))
                        .map(f -> notConverted(
                                e.getField(f.name()),
                                f.dataType(),
                                concat(lit(element), i.plus(1).cast(StringType), lit(": \"" + f.name() + "\""))))
                        .toArray(Column[]::new))));
    }

    private static String describe(DataType type) {
        if (type.equals(DoubleType)) return "a number";
        if (type.equals(IntegerType)) return "a whole number";
        if (type.equals(StringType)) return "text";
        return "a " + type.simpleString();
    }

    /**
     * Rebuilds each element of an array-of-struct column ({@code turns}, {@code waivers}) by field name, so a
     * file whose structs order their fields differently or omit optional ones still reads; a field is cast to
     * its target type (a waiver's {@code expires} may be a date or a string).
     */
    private static Column structs(String column, DataType type, StructType target, String input) {
        if (!(type instanceof ArrayType a) || !(a.elementType() instanceof StructType s)) {
            throw new JobOptions.UsageException(input + ": column \"" + column + "\" must be array<struct<"
                    + String.join(",", target.fieldNames()) + ">>, not " + type.simpleString());
        }
        List<String> present = Arrays.asList(s.fieldNames());
        return transform(
                col(column),
                e -> struct(Arrays.stream(target.fieldNames())
                        .map(name -> field(e, present, name, target))
                        .toArray(Column[]::new)));
    }

    private static Column field(Column t, List<String> present, String name, StructType target) {
        DataType type = target.apply(name).dataType();
        return (present.contains(name)
                        ? t.getField(name).try_cast(type)
                        : lit(null).cast(type))
                .as(name);
    }

    /**
     * One row per agent and team: transcripts, mean score, pass rate (percent), critical failures, faults that
     * count, and the five most frequent of them, computed by the CLI's {@link GroupTally}. One shuffle of small
     * per-agent tallies.
     */
    static Dataset<Row> summary(SparkSession spark, Dataset<Row> results) {
        JavaRDD<Row> rows = results.selectExpr(AgentTally.COLUMNS)
                .javaRDD()
                .mapToPair(r -> new Tuple2<>(new AgentTally.Key(r.getString(0), r.getString(1)), AgentTally.of(r)))
                .reduceByKey(GroupTally::plus)
                .map(kv -> AgentTally.row(kv._1(), kv._2()));
        return spark.createDataFrame(rows, AgentTally.SCHEMA);
    }
}
