package org.cxlint.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One hand-labelled agent turn (a line of src/test/resources/eval/labels.jsonl).
 * It holds ids only: the source texts stay in ../shared/data, which is a licence condition.
 *
 * @param source       the data file, relative to ../shared/data
 * @param conversation IBM dialogHeader.sessionID or ABCD convo_id
 * @param turn         0-based ordinal among that conversation's agent turns (see {@link SourceLoader})
 * @param breaks       families whose principle the turn breaks
 * @param honours      behaviour ids the turn shows (mapped to families by {@link Behaviour})
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Label(String source, String conversation, int turn, List<String> breaks, List<String> honours,
                    String note) {
    public Label {
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
        honours = honours == null ? List.of() : List.copyOf(honours);
    }

    public ConversationRef ref() {
        return new ConversationRef(source, conversation);
    }
}
