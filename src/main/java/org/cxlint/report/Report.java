package org.cxlint.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.cxlint.model.Metadata;
import org.cxlint.model.Roles;
import org.cxlint.rules.Severity;
import org.cxlint.score.Score;

/**
 * One scored transcript: the JSON report's shape, documented in README ("JSON report").
 * {@code verdict} is present only when a gate (thresholds, expectations, baseline) judged the report.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String schema, TranscriptInfo transcript, Score score, List<Item> findings, Verdict verdict) {
    public static final String SCHEMA = "cxlint.report/1";

    public Report(String schema, TranscriptInfo transcript, Score score, List<Item> findings) {
        this(schema, transcript, score, findings, null);
    }

    public Report judged(List<Item> items, Verdict v) {
        return new Report(schema, transcript, score, items, v);
    }

    /**
     * @param roles    how agent and customer were told apart (option or inferred, with confidence and evidence);
     *                 absent when the file named the roles itself
     * @param encoding set only when the file was not plain UTF-8 (UTF-16, or decoded as Windows-1252)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TranscriptInfo(String id, String source, String format, String channel, Metadata metadata,
                                 int turns, long agentTurns, Roles roles, String encoding, List<String> timing) {
        /** @param timing why some turns' times were not used, one line each; null when every time was used */
        public TranscriptInfo {
            timing = timing == null || timing.isEmpty() ? null : List.copyOf(timing);
        }

        public TranscriptInfo(String id, String source, String format, String channel, Metadata metadata, int turns,
                              long agentTurns, Roles roles, String encoding) {
            this(id, source, format, channel, metadata, turns, agentTurns, roles, encoding, null);
        }

        /** A transcript whose roles came from the file, decoded from plain UTF-8. */
        public TranscriptInfo(String id, String source, String format, String channel, Metadata metadata, int turns,
                              long agentTurns) {
            this(id, source, format, channel, metadata, turns, agentTurns, null, null);
        }
    }

    /**
     * One finding as people read it. {@code turn} and {@code column} are 1-based; {@code start}/{@code end}
     * are 0-based character offsets in the turn text. {@code status} is null for a finding that counts,
     * {@code waived} or {@code baselined} for one that does not; {@code note} says why (or that a waiver expired).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String rule, String principle, String category, Severity severity, double points,
                       int turn, String speaker, Integer column, Integer start, Integer end, String quote,
                       String sentence, String message, String suggestion, String status, String note) {
        public static final String WAIVED = "waived";
        public static final String BASELINED = "baselined";

        public Item(String rule, String principle, String category, Severity severity, double points,
                    int turn, String speaker, Integer column, Integer start, Integer end, String quote,
                    String sentence, String message, String suggestion) {
            this(rule, principle, category, severity, points, turn, speaker, column, start, end, quote, sentence,
                    message, suggestion, null, null);
        }

        public Item with(String newStatus, String newNote) {
            return new Item(rule, principle, category, severity, points, turn, speaker, column, start, end, quote,
                    sentence, message, suggestion, newStatus, newNote);
        }

        /** Whether the finding counts toward thresholds and the exit code. */
        public boolean counts() {
            return status == null;
        }
    }
}
