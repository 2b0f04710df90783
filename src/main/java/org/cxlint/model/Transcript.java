package org.cxlint.model;

import java.util.List;

/**
 * One interaction, whatever format it was read from.
 *
 * @param source  the path or name it was read from, as the user gave it
 * @param format  the reader that produced it (json, text, ...)
 * @param channel call, chat, email, script... as the source says; "unknown" otherwise
 */
public record Transcript(String id, String source, String format, String channel, Metadata metadata, List<Turn> turns) {
    public Transcript {
        turns = List.copyOf(turns);
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        channel = channel == null || channel.isBlank() ? "unknown" : channel;
    }

    public long agentTurnCount() {
        return turns.stream().filter(t -> t.speaker() == Speaker.AGENT).count();
    }
}
