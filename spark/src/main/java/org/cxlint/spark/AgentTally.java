package org.cxlint.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** The per-agent summary, tallied per partition and merged: README ("Output") documents the columns. */
final class AgentTally implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int TOP = 3;

    static final StructType SCHEMA = createStructType(List.of(
            createStructField("agent", StringType, true),
            createStructField("team", StringType, true),
            createStructField("transcripts", LongType, false),
            createStructField("mean_score", DoubleType, false),
            createStructField("pass_rate", DoubleType, false),
            createStructField("critical_failures", LongType, false),
            createStructField("findings", LongType, false),
            createStructField("top_findings", createArrayType(createStructType(List.of(
                    createStructField("rule", StringType, false),
                    createStructField("count", LongType, false))), false), false)));

    /** Agent and team; either may be null (no metadata). */
    record Key(String agent, String team) implements Serializable {}

    private long transcripts, passed, critical, findings;
    private double scoreSum;
    private final HashMap<String, Long> faults = new HashMap<>();

    /** One result row: agent, team, score, pass, critical_failure, finding_count, findings. */
    static AgentTally of(Row r) {
        AgentTally t = new AgentTally();
        t.transcripts = 1;
        t.scoreSum = r.getDouble(2);
        t.passed = r.getBoolean(3) ? 1 : 0;
        t.critical = r.getBoolean(4) ? 1 : 0;
        t.findings = r.getInt(5);
        for (Row f : r.<Row>getList(6)) {
            // counted faults only: strengths are praise, waived findings do not count
            if (!"strength".equals(f.getString(1)) && f.isNullAt(5)) t.faults.merge(f.getString(0), 1L, Long::sum);
        }
        return t;
    }

    AgentTally plus(AgentTally o) {
        transcripts += o.transcripts;
        scoreSum += o.scoreSum;
        passed += o.passed;
        critical += o.critical;
        findings += o.findings;
        o.faults.forEach((rule, n) -> faults.merge(rule, n, Long::sum));
        return this;
    }

    Row row(Key k) {
        List<Row> top = faults.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .map(e -> RowFactory.create(e.getKey(), e.getValue()))
                .toList();
        return RowFactory.create(k.agent(), k.team(), transcripts, Math.round(scoreSum / transcripts * 10) / 10.0,
                Math.round((double) passed / transcripts * 1000) / 1000.0, critical, findings, RecordScorer.scalaSeq(top));
    }
}
