package org.cxlint.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.cxlint.result.Breakdown;
import org.cxlint.result.GroupTally;

/**
 * The per-agent summary table: one {@link GroupTally} per agent and team, tallied per partition and merged, so
 * its figures (mean score, pass rate as a percentage, the five most frequent counted faults) are computed
 * exactly as the CLI's {@code --summary} computes them. README ("Output") documents the columns.
 */
final class AgentTally {
    static final StructType SCHEMA = createStructType(List.of(
            createStructField("agent", StringType, true),
            createStructField("team", StringType, true),
            createStructField("transcripts", LongType, false),
            createStructField("mean_score", DoubleType, false),
            createStructField("pass_rate", DoubleType, false),
            createStructField("critical_failures", LongType, false),
            createStructField("findings", LongType, false),
            createStructField(
                    "top_findings",
                    createArrayType(
                            createStructType(List.of(
                                    createStructField("rule", StringType, false),
                                    createStructField("count", LongType, false))),
                            false),
                    false)));

    /** The result columns {@link #of} reads, in this order. */
    static final String[] COLUMNS = {"agent", "team", "score", "pass", "critical_failure", "date", "findings"};

    /** Agent and team; either may be null (no metadata). */
    record Key(String agent, String team) implements Serializable {}

    private AgentTally() {}

    /** One result row, its columns selected as {@link #COLUMNS}. */
    static GroupTally of(Row r) {
        List<String> faults = new ArrayList<>();
        List<String> strengths = new ArrayList<>();
        for (Row f : r.<Row>getList(6)) {
            // only findings that count: a waived one (status set) does not
            if (!f.isNullAt(5)) continue;
            ("strength".equals(f.getString(1)) ? strengths : faults).add(f.getString(0));
        }
        GroupTally t = new GroupTally();
        t.add(
                r.getDouble(2),
                r.getBoolean(3),
                r.getBoolean(4),
                r.isNullAt(5) ? null : r.getString(5),
                faults,
                strengths);
        return t;
    }

    static Row row(Key k, GroupTally tally) {
        Breakdown.GroupView v = tally.view(null);
        List<Row> top = v.topFindings().stream()
                .map(c -> RowFactory.create(c.rule(), (long) c.count()))
                .toList();
        return RowFactory.create(
                k.agent(),
                k.team(),
                (long) v.transcripts(),
                v.meanScore(),
                v.passRate(),
                (long) v.criticalFailures(),
                (long) v.findings(),
                RecordScorer.scalaSeq(top));
    }
}
