package org.cxlint.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cxlint.model.Waiver;

/** The checks every input format makes on a waiver, with messages naming the waiver by its 1-based position. */
public final class Waivers {
    private Waivers() {}

    /**
     * @param position  1-based position in the transcript's waivers
     * @param turn      1-based turn, or null for anywhere
     * @param expires   an ISO date (yyyy-mm-dd), or null
     * @param turnCount the transcript's number of turns
     */
    public static Waiver of(
            String source, int position, String rule, Integer turn, String reason, String expires, int turnCount)
            throws InputException {
        String where = "waiver " + position;
        if (turn != null && (turn < 1 || turn > turnCount)) {
            throw new InputException(source, where + ": turn " + turn + " is not between 1 and " + turnCount);
        }
        LocalDate date;
        try {
            date = expires == null ? null : LocalDate.parse(expires);
        } catch (DateTimeParseException e) {
            throw new InputException(
                    source, where + ": \"expires\" must be a date like 2026-12-31, not \"" + expires + "\"");
        }
        try {
            return new Waiver(rule, turn, reason, date);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, where + ": " + e.getMessage());
        }
    }
}
