package org.cxlint.eval;

import java.util.List;

/**
 * One reviewed agent turn: what the reviewer saw it honour and break. An agent turn listed with both lists
 * empty is a verdict too ("none of these here"); a turn not listed was not reviewed and is not compared.
 *
 * @param source the data file the conversation comes from, or null when conversation ids are unique
 * @param turn 0-based ordinal among the conversation's agent turns
 * @param line the line of the labels file, for messages
 */
public record Label(
        String source,
        String conversation,
        int turn,
        List<String> breaks,
        List<String> honours,
        String note,
        int line) {
    public Label {
        breaks = List.copyOf(breaks);
        honours = List.copyOf(honours);
    }

    /** Which conversation this label is about: the source (if given) and the transcript id. */
    public String conversationKey() {
        return (source == null ? "" : source) + "#" + conversation;
    }
}
