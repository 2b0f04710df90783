package org.cxlint.model;

import java.util.List;

/**
 * One interaction, whatever format it was read from.
 *
 * @param source   the path or name it was read from, as the user gave it ({@code file#id} when a file holds many)
 * @param format   the reader that produced it (json, text, ...)
 * @param channel  call, chat, email, script... as the source says; "unknown" otherwise
 * @param waivers  justified exceptions the source carries (only the JSON format has them so far)
 * @param roles    how agent and customer were told apart
 * @param encoding how the file's bytes were decoded, when that is worth a reader's attention
 *                 (anything but plain UTF-8); null otherwise
 */
public record Transcript(
        String id,
        String source,
        String format,
        String channel,
        Metadata metadata,
        List<Turn> turns,
        List<Waiver> waivers,
        Roles roles,
        String encoding) {
    public Transcript {
        turns = List.copyOf(turns);
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        channel = channel == null || channel.isBlank() ? "unknown" : channel;
        roles = roles == null ? Roles.FROM_SOURCE : roles;
    }

    /** A transcript without waivers whose source named the roles, decoded from plain UTF-8: what most formats produce. */
    public Transcript(String id, String source, String format, String channel, Metadata metadata, List<Turn> turns) {
        this(id, source, format, channel, metadata, turns, List.of());
    }

    /** A transcript with waivers whose source named the roles, decoded from plain UTF-8. */
    public Transcript(
            String id,
            String source,
            String format,
            String channel,
            Metadata metadata,
            List<Turn> turns,
            List<Waiver> waivers) {
        this(id, source, format, channel, metadata, turns, waivers, Roles.FROM_SOURCE, null);
    }

    public long agentTurnCount() {
        return turns.stream().filter(t -> t.speaker() == Speaker.AGENT).count();
    }

    public Transcript withTurns(List<Turn> newTurns, Roles newRoles) {
        return new Transcript(id, source, format, channel, metadata, newTurns, waivers, newRoles, encoding);
    }

    public Transcript withEncoding(String newEncoding) {
        return new Transcript(id, source, format, channel, metadata, turns, waivers, roles, newEncoding);
    }

    public Transcript withMetadata(Metadata newMetadata) {
        return new Transcript(id, source, format, channel, newMetadata, turns, waivers, roles, encoding);
    }

    public Transcript withSource(String newSource) {
        return new Transcript(id, newSource, format, channel, metadata, turns, waivers, roles, encoding);
    }
}
