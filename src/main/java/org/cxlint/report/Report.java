package org.cxlint.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.cxlint.model.Metadata;
import org.cxlint.model.Roles;
import org.cxlint.rules.Severity;
import org.cxlint.score.Score;

/** One scored transcript: the JSON report's shape, documented in README ("JSON report"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String schema, TranscriptInfo transcript, Score score, List<Item> findings) {
    public static final String SCHEMA = "cxlint.report/1";

    /**
     * @param roles    how agent and customer were told apart (option or inferred, with confidence and evidence);
     *                 absent when the file named the roles itself
     * @param encoding set only when the file was not plain UTF-8 (UTF-16, or decoded as Windows-1252)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TranscriptInfo(String id, String source, String format, String channel, Metadata metadata,
                                 int turns, long agentTurns, Roles roles, String encoding) {}

    /**
     * One finding as people read it. {@code turn} and {@code column} are 1-based; {@code start}/{@code end}
     * are 0-based character offsets in the turn text.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String rule, String principle, String category, Severity severity, double points,
                       int turn, String speaker, Integer column, Integer start, Integer end, String quote,
                       String sentence, String message, String suggestion) {}
}
