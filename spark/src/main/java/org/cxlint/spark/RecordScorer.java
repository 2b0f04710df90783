package org.cxlint.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.cxlint.Linter;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.Isolation;
import org.cxlint.ingest.JsonTranscriptReader;
import org.cxlint.ingest.Waivers;
import org.cxlint.model.Metadata;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.cxlint.model.Waiver;
import org.cxlint.result.Json;
import org.cxlint.result.Report;
import org.cxlint.rules.Severity;
import org.cxlint.run.Outcome;
import org.cxlint.run.Scoring;
import org.cxlint.score.Score;

/**
 * Scores one partition's records with the executor's {@link Linter}: every record yields one
 * {@link Schemas#OUTCOME} row, a result or an error with its reason, so nothing is dropped silently.
 * Scoring is exactly the CLI's: the same reader for JSON and the same run API ({@link Scoring}: score, waivers,
 * each transcript's errors).
 */
final class RecordScorer implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper LENIENT = new ObjectMapper();
    private static final JsonTranscriptReader JSON = new JsonTranscriptReader();

    /**
     * One line of a JSON Lines file; {@code offset} is the byte offset of the line in the file. A line with an
     * {@code unreadable} reason stands for the rest of a file that could not be read (a corrupt .gz).
     */
    record Line(String file, long offset, String text, String unreadable) implements Serializable {
        Line(String file, long offset, String text) {
            this(file, offset, text, null);
        }

        String source() {
            return file + "#" + offset;
        }
    }

    private final RulesSource rules;
    private final LocalDate today;

    RecordScorer(RulesSource rules, LocalDate today) {
        this.rules = rules;
        this.today = today;
    }

    Iterator<Row> scoreLines(Iterator<Line> lines) {
        Scoring scoring = Scoring.plain(ExecutorLinter.get(rules), today);
        return map(lines, line -> {
            if (line.unreadable() != null)
                return error(line.file(), line.file(), line.offset(), null, line.unreadable());
            Transcript t;
            try {
                t = withDefaultId(JSON.readOne(line.source(), line.text()), line);
            } catch (InputException | RuntimeException | StackOverflowError e) {
                return error(
                        line.source(),
                        line.file(),
                        line.offset(),
                        idOf(line.text()),
                        Isolation.reason(Isolation.Stage.READ, line.source(), "record", e));
            }
            return score(scoring, t, line.file(), line.offset());
        });
    }

    /** Rows in {@link Schemas#PARQUET_INPUT} layout followed by the file path and the row index in the file. */
    Iterator<Row> scoreRows(Iterator<Row> rows) {
        Scoring scoring = Scoring.plain(ExecutorLinter.get(rules), today);
        return map(rows, row -> {
            String file = row.getString(9);
            long index = row.getLong(10);
            String source = file + "#row=" + index;
            String id = row.isNullAt(0) ? null : row.getString(0);
            List<String> bad = row.isNullAt(11) ? List.of() : row.getList(11);
            if (!bad.isEmpty())
                return error(source, file, index, id, "bad value: " + Isolation.oneLine(String.join("; ", bad)));
            Transcript t;
            try {
                t = transcript(row, source, id != null ? id : fileName(file) + "#row=" + index);
            } catch (InputException | RuntimeException | StackOverflowError e) {
                return error(source, file, index, id, Isolation.reason(Isolation.Stage.READ, source, "record", e));
            }
            return score(scoring, t, file, index);
        });
    }

    /** As {@code cxlint score} does, through the same run API: waivers marked, one record's failure its error row. */
    private static Row score(Scoring scoring, Transcript t, String file, long offset) {
        Outcome o = scoring.run(t);
        if (!o.isOk()) return error(t.source(), file, offset, t.id(), o.error().reason());
        return RowFactory.create(result(o.report()), null);
    }

    static Row result(Report r) {
        Score s = r.score();
        Map<String, Double> categories = new LinkedHashMap<>();
        for (Score.CategoryScore c : s.categories()) categories.put(c.id(), c.score());
        List<Row> findings = new ArrayList<>();
        int faults = 0, strengths = 0;
        for (Report.Item i : r.findings()) {
            if (i.severity() == Severity.STRENGTH) strengths++;
            else faults++;
            findings.add(
                    RowFactory.create(i.rule(), i.severity().label(), i.category(), i.turn(), i.quote(), i.status()));
        }
        Metadata m = r.transcript().metadata();
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return RowFactory.create(
                r.transcript().id(),
                r.transcript().source(),
                m.agent(),
                m.team(),
                m.date(),
                r.transcript().channel(),
                s.overall(),
                s.pass(),
                s.criticalFailure(),
                scalaMap(categories),
                faults,
                strengths,
                scalaSeq(findings),
                json);
    }

    private static Row error(String source, String file, Long offset, String id, String reason) {
        return RowFactory.create(null, RowFactory.create(source, file, offset, id, reason));
    }

    /** A line without an "id" gets file#offset, not the file's name that every other line would share. */
    private static Transcript withDefaultId(Transcript t, Line line) {
        String name = fileName(line.file());
        int dot = name.lastIndexOf('.');
        String readerDefault = dot <= 0 ? name : name.substring(0, dot);
        if (!t.id().equals(readerDefault) || idOf(line.text()) != null) return t;
        return new Transcript(
                name + "#" + line.offset(), t.source(), t.format(), t.channel(), t.metadata(), t.turns(), t.waivers());
    }

    private static String idOf(String json) {
        try {
            JsonNode id = LENIENT.readTree(json).get("id");
            return id == null || !id.isValueNode() ? null : id.asText();
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** A Parquet row to a transcript, with the checks the JSON reader makes. */
    static Transcript transcript(Row row, String source, String id) throws InputException {
        List<Row> raw = row.isNullAt(7) ? null : row.getList(7);
        if (raw == null || raw.isEmpty()) throw new InputException(source, "no \"turns\" in transcript");
        List<Turn> turns = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Row t = raw.get(i);
            String where = "turn " + (i + 1);
            if (t == null) throw new InputException(source, where + " is null");
            String label = t.isNullAt(0) ? null : t.getString(0);
            Speaker speaker = Speaker.parse(label)
                    .orElseThrow(() -> new InputException(
                            source,
                            where + ": unknown speaker \"" + label + "\" (use agent, customer, bot or unknown)"));
            if (t.isNullAt(1)) throw new InputException(source, where + ": missing \"text\"");
            turns.add(new Turn(
                    i,
                    speaker,
                    t.getString(1),
                    t.isNullAt(2) ? null : t.getDouble(2),
                    t.isNullAt(3) ? null : t.getDouble(3)));
        }
        Map<String, String> extra = row.isNullAt(6) ? Map.of() : row.getJavaMap(6);
        Map<String, String> kept = new LinkedHashMap<>();
        extra.forEach((k, v) -> {
            if (k != null && v != null) kept.put(k, v);
        });
        Metadata m = new Metadata(str(row, 2), str(row, 3), str(row, 4), str(row, 5), kept);
        List<Waiver> waivers = new ArrayList<>();
        List<Row> rawWaivers = row.isNullAt(8) ? List.of() : row.getList(8);
        for (int i = 0; i < rawWaivers.size(); i++) {
            Row w = rawWaivers.get(i);
            if (w == null) throw new InputException(source, "waiver " + (i + 1) + " is null");
            waivers.add(Waivers.of(
                    source, i + 1, str(w, 0), w.isNullAt(1) ? null : w.getInt(1), str(w, 2), str(w, 3), turns.size()));
        }
        return new Transcript(id, source, "parquet", str(row, 1), m, turns, waivers);
    }

    /** Spark's row encoder takes Scala collections for map and array columns. */
    static <K, V> scala.collection.Map<K, V> scalaMap(Map<K, V> m) {
        return scala.jdk.javaapi.CollectionConverters.asScala(m);
    }

    static <T> scala.collection.immutable.Seq<T> scalaSeq(List<T> l) {
        return scala.jdk.javaapi.CollectionConverters.asScala(l).toList();
    }

    private static String str(Row row, int i) {
        return row.isNullAt(i) ? null : row.getString(i);
    }

    private static <T> Iterator<Row> map(Iterator<T> in, Function<T, Row> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public Row next() {
                return f.apply(in.next());
            }
        };
    }
}
