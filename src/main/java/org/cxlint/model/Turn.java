package org.cxlint.model;

/**
 * One uninterrupted contribution by one speaker.
 *
 * @param index    0-based position in the transcript
 * @param start    seconds from the start of the interaction, or null when the source has no timing
 * @param end      seconds, or null
 * @param label    the speaker as the source named it ("spk_1", "A", "AGENT", "Priya"), or null; role
 *                 mapping ({@code --agent}) and inference work on it
 * @param position where the turn's text starts in the source file, or null when the reader cannot say
 *                 (a format without lines, a transcript built in memory)
 */
public record Turn(int index, Speaker speaker, String text, Double start, Double end, String label, Position position) {
    public Turn {
        if (text == null) throw new IllegalArgumentException("turn text is null");
        if (speaker == null) throw new IllegalArgumentException("turn speaker is null");
    }

    /**
     * Where a turn's text sits in its source: 1-based line and column (UTF-16 units, as Java strings count).
     *
     * @param verbatim the whole turn text stands on that one line as it is, from that column on, so an offset
     *                 in the text is the same offset in the line; false when the reader joined lines or decoded
     *                 escapes, and then only the turn's start is known
     */
    public record Position(int line, int column, boolean verbatim) {
        public Position {
            if (line < 1 || column < 1)
                throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }

        /** The turn's start, no longer claiming the text stands as it is (after joining or rewriting it). */
        public Position start() {
            return verbatim ? new Position(line, column, false) : this;
        }
    }

    /** A turn read from a source that names the speaker's label but keeps no positions. */
    public Turn(int index, Speaker speaker, String text, Double start, Double end, String label) {
        this(index, speaker, text, start, end, label, null);
    }

    /** A turn whose source named its role directly, with no separate label. */
    public Turn(int index, Speaker speaker, String text, Double start, Double end) {
        this(index, speaker, text, start, end, null, null);
    }

    public Turn withSpeaker(Speaker s) {
        return new Turn(index, s, text, start, end, label, position);
    }

    /** The same turn with other times (made relative, or dropped), still where the source has it. */
    public Turn withTimes(Double newStart, Double newEnd) {
        return new Turn(index, speaker, text, newStart, newEnd, label, position);
    }
}
