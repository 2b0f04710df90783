package org.cxlint.nlp;

import java.util.Objects;

/**
 * One token of a turn.
 *
 * <p>The part of speech and the lemma come from CoreNLP's tagger, which costs about ten times the
 * tokenizer; {@link Nlp} therefore tags a sentence only when some caller first asks one of its tokens
 * for {@link #pos()}, or for {@link #lemma()} of a word whose lemma depends on its tag ("'s" is "be"
 * or "have", "saw" is "see" or "saw"). Callers that can decide from {@link #couldHaveLemma} first
 * avoid the tagger for most sentences; the answers are the same as tagging everything.
 *
 * @param norm  lower-cased word with apostrophes and contractions normalised ("n't" -> "not", "ca" -> "can")
 * @param lemma lower-cased lemma
 * @param begin character offset in the turn text (inclusive)
 * @param end   character offset in the turn text (exclusive)
 */
public final class Token {
    private final int index;
    private final String word;
    private final String norm;
    private final int begin;
    private final int end;
    /** Every lemma the word can have under any tag the tagger can give it (lower case); one element = known. */
    private final String[] lemmas;
    /** Tags the sentence on demand; null when lemma and pos were given. */
    private final Nlp.Tagging tagging;

    private String lemma;
    private String pos;

    /** A fully annotated token (tests, and {@link Nlp} in eager mode). */
    public Token(int index, String word, String norm, String lemma, String pos, int begin, int end) {
        this.index = index;
        this.word = word;
        this.norm = norm;
        this.lemma = lemma;
        this.pos = pos;
        this.begin = begin;
        this.end = end;
        this.lemmas = new String[] {lemma};
        this.tagging = null;
    }

    Token(int index, String word, String norm, String[] possibleLemmas, Nlp.Tagging tagging, int begin, int end) {
        this.index = index;
        this.word = word;
        this.norm = norm;
        this.begin = begin;
        this.end = end;
        this.lemmas = possibleLemmas;
        this.tagging = tagging;
        if (possibleLemmas.length == 1) this.lemma = possibleLemmas[0];
    }

    public int index() {
        return index;
    }

    public String word() {
        return word;
    }

    public String norm() {
        return norm;
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    /** The lemma, lower case; may run the tagger over this token's sentence the first time. */
    public String lemma() {
        String l = lemma;
        if (l != null) return l;
        tagging.tag();
        return lemma;
    }

    /** The Penn Treebank tag; runs the tagger over this token's sentence the first time. */
    public String pos() {
        String p = pos;
        if (p != null) return p;
        tagging.tag();
        return pos;
    }

    /** False when no tag could give this word {@code lemma} (or, with {@code prefix}, a lemma starting with it). Never tags. */
    public boolean couldHaveLemma(String lemma, boolean prefix) {
        for (String l : lemmas) if (prefix ? l.startsWith(lemma) : l.equals(lemma)) return true;
        return false;
    }

    /** How many lemmas this word could have, whatever its tag (the actual lemma is one of them). Never tags. */
    public int possibleLemmaCount() {
        return lemmas.length;
    }

    /** The {@code k}th of the {@linkplain #possibleLemmaCount() possible lemmas}. Never tags. */
    public String possibleLemma(int k) {
        return lemmas[k];
    }

    /** Whether the lemma is known without running the tagger. */
    public boolean lemmaKnown() {
        return lemma != null;
    }

    /** Called by {@link Nlp.Tagging} under its lock; published to other threads through that lock. */
    void annotate(String lemma, String pos) {
        this.lemma = lemma;
        this.pos = pos;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t
                && index == t.index
                && begin == t.begin
                && end == t.end
                && word.equals(t.word)
                && norm.equals(t.norm)
                && lemma().equals(t.lemma())
                && pos().equals(t.pos());
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, word, norm, begin, end);
    }

    @Override
    public String toString() {
        return "Token[index=" + index + ", word=" + word + ", norm=" + norm + ", lemma=" + (lemma == null ? "?" : lemma)
                + ", pos=" + (pos == null ? "?" : pos) + ", begin=" + begin + ", end=" + end + "]";
    }
}
