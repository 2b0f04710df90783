package org.cxlint.model;

import java.util.List;

/**
 * One interaction, whatever format it was read from.
 *
 * @param source  the path or name it was read from, as the user gave it
 * @param format  the reader that produced it (json, text, ...)
 * @param channel call, chat, email, script... as the source says; "unknown" otherwise
 * @param waivers justified exceptions the source carries (only the JSON format has them so far)
 */
public record Transcript(String id, String source, String format, String channel, Metadata metadata, List<Turn> turns,
                         List<Waiver> waivers) {
    public Transcript {
        turns = List.copyOf(turns);
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        channel = channel == null || channel.isBlank() ? "unknown" : channel;
    }

    /** A transcript without waivers, as most formats produce. */
    public Transcript(String id, String source, String format, String channel, Metadata metadata, List<Turn> turns) {
        this(id, source, format, channel, metadata, turns, List.of());
    }

    public long agentTurnCount() {
        return turns.stream().filter(t -> t.speaker() == Speaker.AGENT).count();
    }
}
