package org.cxlint.result;

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
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"schema", "transcript", "score", "workOn", "findings", "verdict"})
public record Report(String schema, TranscriptInfo transcript, Score score, List<Item> findings, Verdict verdict) {
    public static final String SCHEMA = "cxlint.report/1";

    /**
     * What to work on first: the rules whose faults took most off the score, worst first (see {@link WorkOn}).
     * Derived from the score and the findings, so it always explains the report it is part of.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("workOn")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<WorkOn> workOn() {
        return WorkOn.of(this);
    }

    public Report(String schema, TranscriptInfo transcript, Score score, List<Item> findings) {
        this(schema, transcript, score, findings, null);
    }

    public Report judged(List<Item> items, Verdict v) {
        return new Report(schema, transcript, score, items, v);
    }

    /** The same report with other transcript information and findings (media links added). */
    public Report with(TranscriptInfo info, List<Item> items) {
        return new Report(schema, info, score, items, verdict);
    }

    /**
     * @param roles    how agent and customer were told apart (option or inferred, with confidence and evidence);
     *                 absent when the file named the roles itself
     * @param encoding set only when the file was not plain UTF-8 (UTF-16, or decoded as Windows-1252)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TranscriptInfo(
            String id,
            String source,
            String format,
            String channel,
            Metadata metadata,
            int turns,
            long agentTurns,
            Roles roles,
            String encoding,
            List<String> timing,
            String media) {
        /**
         * @param timing why some turns' times were not used, one line each; null when every time was used
         * @param media  the recording's link from {@code --media-url}, at its start; null without that option
         */
        public TranscriptInfo {
            timing = timing == null || timing.isEmpty() ? null : List.copyOf(timing);
        }

        public TranscriptInfo(
                String id,
                String source,
                String format,
                String channel,
                Metadata metadata,
                int turns,
                long agentTurns,
                Roles roles,
                String encoding,
                List<String> timing) {
            this(id, source, format, channel, metadata, turns, agentTurns, roles, encoding, timing, null);
        }

        public TranscriptInfo withMedia(String link) {
            return new TranscriptInfo(
                    id, source, format, channel, metadata, turns, agentTurns, roles, encoding, timing, link);
        }

        public TranscriptInfo(
                String id,
                String source,
                String format,
                String channel,
                Metadata metadata,
                int turns,
                long agentTurns,
                Roles roles,
                String encoding) {
            this(id, source, format, channel, metadata, turns, agentTurns, roles, encoding, null);
        }

        /** A transcript whose roles came from the file, decoded from plain UTF-8. */
        public TranscriptInfo(
                String id,
                String source,
                String format,
                String channel,
                Metadata metadata,
                int turns,
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
    public record Item(
            String rule,
            String principle,
            String category,
            Severity severity,
            double points,
            int turn,
            String speaker,
            Integer column,
            Integer start,
            Integer end,
            String quote,
            String sentence,
            String message,
            String suggestion,
            String status,
            String note,
            Time time,
            Evidence evidence,
            String media) {
        public static final String WAIVED = "waived";
        public static final String BASELINED = "baselined";

        public Item(
                String rule,
                String principle,
                String category,
                Severity severity,
                double points,
                int turn,
                String speaker,
                Integer column,
                Integer start,
                Integer end,
                String quote,
                String sentence,
                String message,
                String suggestion,
                String status,
                String note) {
            this(
                    rule,
                    principle,
                    category,
                    severity,
                    points,
                    turn,
                    speaker,
                    column,
                    start,
                    end,
                    quote,
                    sentence,
                    message,
                    suggestion,
                    status,
                    note,
                    null,
                    null,
                    null);
        }

        public Item(
                String rule,
                String principle,
                String category,
                Severity severity,
                double points,
                int turn,
                String speaker,
                Integer column,
                Integer start,
                Integer end,
                String quote,
                String sentence,
                String message,
                String suggestion) {
            this(
                    rule,
                    principle,
                    category,
                    severity,
                    points,
                    turn,
                    speaker,
                    column,
                    start,
                    end,
                    quote,
                    sentence,
                    message,
                    suggestion,
                    null,
                    null);
        }

        public Item with(String newStatus, String newNote) {
            return new Item(
                    rule,
                    principle,
                    category,
                    severity,
                    points,
                    turn,
                    speaker,
                    column,
                    start,
                    end,
                    quote,
                    sentence,
                    message,
                    suggestion,
                    newStatus,
                    newNote,
                    time,
                    evidence,
                    media);
        }

        /** The same finding placed in time: its turn's times, what a timing rule measured, a link to the recording. */
        /** The same finding with another rewrite (one per sentence: see rules.OneRewritePerSentence). */
        public Item suggesting(String newSuggestion) {
            return new Item(
                    rule,
                    principle,
                    category,
                    severity,
                    points,
                    turn,
                    speaker,
                    column,
                    start,
                    end,
                    quote,
                    sentence,
                    message,
                    newSuggestion,
                    status,
                    note,
                    time,
                    evidence,
                    media);
        }

        public Item at(Time newTime, Evidence newEvidence, String newMedia) {
            return new Item(
                    rule,
                    principle,
                    category,
                    severity,
                    points,
                    turn,
                    speaker,
                    column,
                    start,
                    end,
                    quote,
                    sentence,
                    message,
                    suggestion,
                    status,
                    note,
                    newTime,
                    newEvidence,
                    newMedia);
        }

        /** Whether the finding counts toward thresholds and the exit code. */
        public boolean counts() {
            return status == null;
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isStrength() {
            return severity == Severity.STRENGTH;
        }
    }

    /** When the finding's turn was said, in seconds from the start of the interaction; {@code end} null when unknown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Time(double start, Double end) {}

    /**
     * What a timing rule measured: {@code kind} is {@code overlap} (the agent talked over the other side
     * for {@code seconds}, cutting into turn {@code turn}), {@code silence} (nobody spoke for {@code seconds}
     * after turn {@code turn}) or {@code wait} (the customer waited {@code seconds} for this reply, after
     * turn {@code turn}); {@code text} says it in words.
     */
    public record Evidence(String kind, double seconds, int turn, String text) {}
}
