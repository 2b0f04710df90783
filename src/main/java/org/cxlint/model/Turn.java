package org.cxlint.model;

/**
 * One uninterrupted contribution by one speaker.
 *
 * @param index 0-based position in the transcript
 * @param start seconds from the start of the interaction, or null when the source has no timing
 * @param end   seconds, or null
 */
public record Turn(int index, Speaker speaker, String text, Double start, Double end) {
    public Turn {
        if (text == null) throw new IllegalArgumentException("turn text is null");
    }
}
