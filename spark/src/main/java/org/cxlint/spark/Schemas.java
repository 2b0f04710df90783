package org.cxlint.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/** The job's row layouts; README ("Scoring a data lake with Apache Spark") documents each column. */
final class Schemas {
    private Schemas() {}

    static final StructType TURN = createStructType(List.of(
            createStructField("speaker", StringType, true),
            createStructField("text", StringType, true),
            createStructField("start", DoubleType, true),
            createStructField("end", DoubleType, true)));

    /** A waiver as in the JSON format: {@code turn} 1-based or null, {@code expires} an ISO date or null. */
    static final StructType WAIVER = createStructType(List.of(
            createStructField("rule", StringType, true),
            createStructField("turn", IntegerType, true),
            createStructField("reason", StringType, true),
            createStructField("expires", StringType, true)));

    /** Parquet input: one row per transcript. Only {@code turns} is required. */
    static final StructType PARQUET_INPUT = createStructType(List.of(
            createStructField("id", StringType, true),
            createStructField("channel", StringType, true),
            createStructField("agent", StringType, true),
            createStructField("team", StringType, true),
            createStructField("customer", StringType, true),
            createStructField("date", StringType, true),
            createStructField("metadata", createMapType(StringType, StringType, true), true),
            createStructField("turns", createArrayType(TURN, true), true),
            createStructField("waivers", createArrayType(WAIVER, true), true)));

    static final StructType FINDING = createStructType(List.of(
            createStructField("rule", StringType, false),
            createStructField("severity", StringType, false),
            createStructField("category", StringType, true),
            createStructField("turn", IntegerType, false),
            createStructField("quote", StringType, true),
            createStructField("status", StringType, true)));

    static final StructType RESULT = createStructType(List.of(
            createStructField("id", StringType, false),
            createStructField("source", StringType, false),
            createStructField("agent", StringType, true),
            createStructField("team", StringType, true),
            createStructField("date", StringType, true),
            createStructField("channel", StringType, true),
            createStructField("score", DoubleType, false),
            createStructField("pass", BooleanType, false),
            createStructField("critical_failure", BooleanType, false),
            createStructField("categories", createMapType(StringType, DoubleType, true), false),
            createStructField("finding_count", IntegerType, false),
            createStructField("strengths_count", IntegerType, false),
            createStructField("findings", createArrayType(FINDING, false), false),
            createStructField("report_json", StringType, false)));

    static final StructType ERROR = createStructType(List.of(
            createStructField("source", StringType, false),
            createStructField("file", StringType, true),
            createStructField("offset", LongType, true),
            createStructField("id", StringType, true),
            createStructField("reason", StringType, false)));

    /** What scoring one record yields: exactly one of the two is set. */
    static final StructType OUTCOME = createStructType(
            List.of(createStructField("result", RESULT, true), createStructField("error", ERROR, true)));
}
