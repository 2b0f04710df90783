package org.cxlint.nlp;

/**
 * One token of a turn.
 *
 * @param norm  lower-cased word with apostrophes and contractions normalised ("n't" -> "not", "ca" -> "can")
 * @param lemma lower-cased lemma
 * @param begin character offset in the turn text (inclusive)
 * @param end   character offset in the turn text (exclusive)
 */
public record Token(int index, String word, String norm, String lemma, String pos, int begin, int end) {}
