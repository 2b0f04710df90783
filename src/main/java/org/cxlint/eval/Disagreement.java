package org.cxlint.eval;

/**
 * A unit where the rules and the reviewer differ: flagged but not labelled ({@code false-positive}), or
 * labelled but not flagged ({@code missed}). {@code turn} is the 0-based agent turn, null for a
 * conversation-level behaviour; {@code quote} is what the rule matched, if it matched words.
 */
public record Disagreement(
        String kind,
        String behaviour,
        String rule,
        String source,
        String conversation,
        Integer turn,
        String quote,
        String text) {
    public static final String FALSE_POSITIVE = "false-positive";
    public static final String MISSED = "missed";
}
