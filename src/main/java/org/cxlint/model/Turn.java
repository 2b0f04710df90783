package org.cxlint.model;

/**
 * One uninterrupted contribution by one speaker.
 *
 * @param index 0-based position in the transcript
 * @param start seconds from the start of the interaction, or null when the source has no timing
 * @param end   seconds, or null
 * @param label the speaker as the source named it ("spk_1", "A", "AGENT", "Priya"), or null; role
 *              mapping ({@code --agent}) and inference work on it
 */
public record Turn(int index, Speaker speaker, String text, Double start, Double end, String label) {
    public Turn {
        if (text == null) throw new IllegalArgumentException("turn text is null");
        if (speaker == null) throw new IllegalArgumentException("turn speaker is null");
    }

    /** A turn whose source named its role directly, with no separate label. */
    public Turn(int index, Speaker speaker, String text, Double start, Double end) {
        this(index, speaker, text, start, end, null);
    }

    public Turn withSpeaker(Speaker s) {
        return new Turn(index, s, text, start, end, label);
    }

    public Turn withIndex(int i) {
        return new Turn(i, speaker, text, start, end, label);
    }
}
