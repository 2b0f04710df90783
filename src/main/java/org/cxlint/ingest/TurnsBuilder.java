package org.cxlint.ingest;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.model.Speaker;
import org.cxlint.model.Turn;

/**
 * Collects the segments a source gives (STT utterances, subtitle cues, chat rows) into turns.
 * Speech-to-text splits one person's turn into several segments; {@link #speech()} joins consecutive
 * segments of the same speaker when the pause between them is short, so turn-based rules see turns,
 * while a long pause (a hold, a silence) still separates them for the timing facts.
 */
public final class TurnsBuilder {
    /** Segments of one speaker less than this far apart are one turn. Below the silence threshold on purpose. */
    public static final double MERGE_MAX_GAP_SECONDS = 3.0;

    private final boolean merge;
    private final List<Turn> turns = new ArrayList<>();

    private TurnsBuilder(boolean merge) {
        this.merge = merge;
    }

    /** Joins a speaker's consecutive timed segments separated by short pauses. */
    public static TurnsBuilder speech() {
        return new TurnsBuilder(true);
    }

    /** Keeps every segment (a chat message, a CSV row) as its own turn. */
    public static TurnsBuilder messages() {
        return new TurnsBuilder(false);
    }

    /** Adds a segment; blank text is dropped (STT emits empty segments for noise). */
    public TurnsBuilder add(Speaker speaker, String label, String text, Double start, Double end) {
        return add(speaker, label, text, start, end, null);
    }

    /** The text as a turn holds it: stripped, each run of white space one space. */
    public static String clean(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * As above, with where {@code text} (as given) starts in the source; a turn joined from several segments
     * keeps the first one's start. Cleaning that only strips the ends keeps a verbatim position exact.
     */
    public TurnsBuilder add(Speaker speaker, String label, String text, Double start, Double end, Turn.Position at) {
        if (text == null) return this;
        String t = clean(text);
        if (t.isEmpty()) return this;
        if (at != null && at.verbatim() && !t.equals(text)) {
            int lead = text.length() - text.stripLeading().length();
            at = text.strip().equals(t) ? new Turn.Position(at.line(), at.column() + lead, true) : at.start();
        }
        if (merge && !turns.isEmpty()) {
            Turn last = turns.get(turns.size() - 1);
            if (last.speaker() == speaker && java.util.Objects.equals(last.label(), label) && close(last, start)) {
                Double newEnd = later(last.end(), end);
                turns.set(
                        turns.size() - 1,
                        new Turn(
                                last.index(),
                                speaker,
                                last.text() + " " + t,
                                last.start(),
                                newEnd,
                                label,
                                last.position() == null ? null : last.position().start()));
                return this;
            }
        }
        turns.add(new Turn(turns.size(), speaker, t, start, end, label, at));
        return this;
    }

    /** The later of two optional times; either may be null (vendors leave a word's end out). */
    private static Double later(Double a, Double b) {
        if (a == null) return b;
        if (b == null) return a;
        return Math.max(a, b);
    }

    private static boolean close(Turn last, Double start) {
        Double lastEnd = last.end() != null ? last.end() : last.start();
        return lastEnd != null && start != null && start - lastEnd <= MERGE_MAX_GAP_SECONDS;
    }

    public boolean isEmpty() {
        return turns.isEmpty();
    }

    public List<Turn> build() {
        return List.copyOf(turns);
    }
}
