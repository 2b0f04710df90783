package org.cxlint.report;

import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.cxlint.result.Report;

/**
 * Where a finding sits in its input file (1-based lines and columns in UTF-16 units), from the position the
 * reader recorded for the finding's turn. The flagged words are placed exactly when the turn's text stands on
 * one source line as it is; otherwise the region is the turn's start.
 *
 * @param endLine   null when only the start is known
 * @param endColumn exclusive; null when only the start is known
 */
public record SourceRegion(int startLine, int startColumn, Integer endLine, Integer endColumn) {
    /** Where nothing better is known: the top of the file. */
    public static final SourceRegion TOP = new SourceRegion(1, 1, null, null);

    /** The finding's region, or {@link #TOP} when its turn has no recorded position. */
    public static SourceRegion of(Transcript transcript, Report.Item f) {
        Turn.Position p = position(transcript, f.turn());
        if (p == null) return TOP;
        if (!p.verbatim()) return new SourceRegion(p.line(), p.column(), null, null);
        String text = transcript.turns().get(f.turn() - 1).text();
        if (f.start() != null && f.end() != null && 0 <= f.start() && f.start() < f.end() && f.end() <= text.length()) {
            return new SourceRegion(p.line(), p.column() + f.start(), p.line(), p.column() + f.end());
        }
        return new SourceRegion(p.line(), p.column(), p.line(), p.column() + text.length());
    }

    private static Turn.Position position(Transcript t, int turn) {
        return t == null || turn < 1 || turn > t.turns().size()
                ? null
                : t.turns().get(turn - 1).position();
    }
}
