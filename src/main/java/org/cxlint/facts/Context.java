package org.cxlint.facts;

/**
 * A situation that decides whether some rules apply at all ("customer-upset", "problem-reported",
 * "customer-name-known", "timed"...). Derive rules insert them; a rule whose {@code appliesWhen} names a
 * context that never arose is not applicable, and the score says N/A instead of giving a free pass.
 *
 * @param turn the 0-based turn where it arose, -1 for the whole transcript
 */
public record Context(String name, int turn) {
    public String getName() {
        return name;
    }

    public int getTurn() {
        return turn;
    }
}
