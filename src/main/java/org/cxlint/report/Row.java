package org.cxlint.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.model.Metadata;
import org.cxlint.result.Report;
import org.cxlint.rules.Severity;
import org.cxlint.score.Score;

/**
 * One transcript as one row, for spreadsheets and data pipelines ({@code --format csv} and {@code jsonl}).
 * Finding counts are of findings that count (not waived or baselined); {@code notCounted} holds the rest.
 * An unreadable file is a row with only {@code source} and {@code error}.
 */
final class Row {
    static final List<String> FIXED = List.of(
            "id",
            "source",
            "channel",
            "agent",
            "team",
            "date",
            "score",
            "pass",
            "criticalFailure",
            "criticalRules",
            "findings",
            "critical",
            "major",
            "minor",
            "info",
            "strengths",
            "notCounted",
            "checkFailed");

    private Row() {}

    /** Field name to value, in column order; category scores are keyed {@code category.<id>}, null when N/A. */
    static Map<String, Object> of(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Report.TranscriptInfo t = r.transcript();
        Metadata md = t.metadata() == null ? Metadata.EMPTY : t.metadata();
        Score s = r.score();
        m.put("id", t.id());
        m.put("source", t.source());
        m.put("channel", t.channel());
        m.put("agent", md.agent());
        m.put("team", md.team());
        m.put("date", md.date());
        m.put("score", s.overall());
        m.put("pass", s.pass());
        m.put("criticalFailure", s.criticalFailure());
        m.put("criticalRules", String.join(" ", s.criticalRules()));
        int[] bySeverity = new int[Severity.values().length];
        int notCounted = 0;
        for (Report.Item f : r.findings()) {
            if (f.counts()) bySeverity[f.severity().ordinal()]++;
            else notCounted++;
        }
        int faults = bySeverity[0] + bySeverity[1] + bySeverity[2] + bySeverity[3];
        m.put("findings", faults);
        m.put("critical", bySeverity[Severity.CRITICAL.ordinal()]);
        m.put("major", bySeverity[Severity.MAJOR.ordinal()]);
        m.put("minor", bySeverity[Severity.MINOR.ordinal()]);
        m.put("info", bySeverity[Severity.INFO.ordinal()]);
        m.put("strengths", bySeverity[Severity.STRENGTH.ordinal()]);
        m.put("notCounted", notCounted);
        m.put("checkFailed", r.verdict() == null ? null : r.verdict().failed());
        for (Score.CategoryScore c : s.categories()) m.put("category." + c.id(), c.score());
        return m;
    }

    static List<String> columns(Report first) {
        List<String> cols = new ArrayList<>(FIXED);
        if (first != null) for (Score.CategoryScore c : first.score().categories()) cols.add("category." + c.id());
        cols.add("error");
        return cols;
    }
}
