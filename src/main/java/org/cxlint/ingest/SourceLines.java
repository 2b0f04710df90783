package org.cxlint.ingest;

import org.cxlint.model.Turn;

/**
 * A source's lines, for readers to say where a turn's text starts ({@link Turn.Position}). A position is
 * verbatim only when the line really holds the text there as it is, so a report can add a quote's offset to
 * the column; the check is on the text itself, so no reader can claim more than its source shows.
 */
public final class SourceLines {
    private final String[] lines;

    public SourceLines(String content) {
        this.lines = content.split("\\R", -1);
    }

    /** Line {@code n} (1-based) without its line break; "" past the end. */
    public String line(int n) {
        if (n < 1 || n > lines.length) return "";
        String s = lines[n - 1];
        return n == 1 && s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The text placed at {@code column} of {@code line}: verbatim when the line holds it there unchanged. */
    public Turn.Position at(int line, int column, String text) {
        int col = Math.max(1, column);
        return new Turn.Position(
                Math.max(1, line), col, !text.isEmpty() && line(line).startsWith(text, col - 1));
    }

    /**
     * The text as the end of {@code line} (trailing blanks aside), as after a label or a voice tag: verbatim
     * there, else at the line's first non-blank character.
     */
    public Turn.Position ending(int line, String text) {
        String s = line(line).stripTrailing();
        if (!text.isEmpty() && s.endsWith(text))
            return new Turn.Position(Math.max(1, line), s.length() - text.length() + 1, true);
        return new Turn.Position(
                Math.max(1, line), s.length() - s.stripLeading().length() + 1, false);
    }
}
