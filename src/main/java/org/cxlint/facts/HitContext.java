package org.cxlint.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Sentence;
import org.cxlint.nlp.Token;

/**
 * Decides whether a match is the speaker's own statement. Looks back from the match to the start
 * of its clause (a boundary such as a comma, semicolon, "but"... or the sentence start, at most
 * {@link FactSettings.Cues#scopeTokens} tokens). The cue words are settings ({@link FactSettings.Cues}).
 */
final class HitContext {
    static final HitContext DEFAULT = new HitContext(FactSettings.Cues.DEFAULTS);
    private final FactSettings.Cues cues;
    /** Letters read after an apostrophe to compare with the elided words: 8, or the longest of them. */
    private final int elidedLetters;

    HitContext(FactSettings.Cues cues) {
        this.cues = cues;
        int longest = 8;
        for (String w : cues.elided()) longest = Math.max(longest, w.length());
        this.elidedLetters = longest;
    }

    int scopeStart(List<Token> tokens, int start) {
        int i = start;
        while (i > 0
                && start - i < cues.scopeTokens()
                && !cues.boundaries().contains(tokens.get(i - 1).norm())) i--;
        return i;
    }

    boolean negated(List<Token> tokens, int start) {
        for (int i = scopeStart(tokens, start); i < start; i++) {
            String n = tokens.get(i).norm();
            // a sentence-initial "No" is an answer, not negation of what follows
            if (cues.negators().contains(n) && !(n.equals("no") && i == 0)) return true;
        }
        return false;
    }

    boolean hypothetical(List<Token> tokens, int start) {
        for (int i = scopeStart(tokens, start); i < start; i++) {
            if (cues.conditionals().contains(tokens.get(i).norm())) return true;
            if (tokens.get(i).norm().equals("what")
                    && i + 1 < start
                    && tokens.get(i + 1).norm().equals("if")) return true;
        }
        return false;
    }

    /** Inside quotation marks in the turn, or reported speech ("you said ..."). */
    boolean quoted(Quotes quotes, List<Token> tokens, int start, int charStart) {
        return quotes.covers(charStart) || reported(tokens, start);
    }

    /** The quoted stretches of a turn, found when first asked. */
    Quotes quotes(AnnotatedTurn turn) {
        return new Quotes(turn.turn().text(), turn.sentences(), cues.elided(), elidedLetters);
    }

    private boolean reported(List<Token> tokens, int start) {
        for (int i = scopeStart(tokens, start); i < start; i++) {
            if (!couldReport(tokens.get(i))
                    || !cues.reporting().contains(tokens.get(i).lemma())) continue;
            for (int s = Math.max(0, i - 3); s < i; s++) {
                if (cues.otherSubjects().contains(tokens.get(s).norm())) return true;
            }
        }
        return false;
    }

    /** Whether the word could be a reporting verb, without tagging its sentence. */
    private boolean couldReport(Token t) {
        for (int k = 0; k < t.possibleLemmaCount(); k++) if (cues.reporting().contains(t.possibleLemma(k))) return true;
        return false;
    }

    /**
     * The quoted stretches of one turn, found in one pass (so a long turn with many hits stays linear).
     * A quotation runs from an opening mark to the next closing mark of its kind; a double quotation may
     * run over several sentences to its closing mark, a single one stays within its sentence. A mark that
     * is never closed (a stray {@code "}, or an opening {@code '} without its partner) quotes only to the
     * end of its own sentence, never the rest of the turn. An apostrophe that elides a word or a year
     * ('cause, '90s) opens nothing; which words it may elide is a setting ({@link FactSettings.Cues#elided}),
     * the rest is typography and stays code.
     */
    static final class Quotes {
        private static final int OPEN = 1, CLOSE = 2, EITHER = 3;
        private final String text;
        private final List<Sentence> sentences;
        /** Words an apostrophe may elide ('cause, 'em, 'til, rock 'n' roll), and how many letters to read for one. */
        private final Set<String> elided;

        private final int elidedLetters;
        private int[] spans; // from, to pairs (characters from < c < to are quoted), in order

        private Quotes(String text, List<Sentence> sentences, Set<String> elided, int elidedLetters) {
            this.text = text;
            this.sentences = sentences;
            this.elided = elided;
            this.elidedLetters = elidedLetters;
        }

        boolean covers(int c) {
            if (spans == null) spans = find();
            // the last span starting before c (spans are disjoint and in order)
            int lo = 0, hi = spans.length / 2 - 1, at = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (spans[2 * mid] < c) {
                    at = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return at >= 0 && spans[2 * at + 1] > c;
        }

        private int[] find() {
            List<int[]> out = new ArrayList<>();
            int dOpen = -1, sOpen = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    int type = doubleType(i);
                    if (dOpen >= 0 && (type == CLOSE || type == EITHER)) {
                        out.add(new int[] {dOpen, i + 1});
                        dOpen = -1;
                    } else if (type == OPEN || type == EITHER) {
                        if (dOpen >= 0) out.add(new int[] {dOpen, sentenceEnd(dOpen)});
                        dOpen = i;
                    }
                } else if (c == '\'') {
                    if (sOpen >= 0 && i >= sentenceEnd(sOpen)) {
                        out.add(new int[] {sOpen, sentenceEnd(sOpen)});
                        sOpen = -1;
                    }
                    int type = singleType(i);
                    if (type == -1) {
                        i++; // rock 'n' roll: the second apostrophe belongs to the first
                    } else if (sOpen >= 0 && type == CLOSE) {
                        out.add(new int[] {sOpen, i + 1});
                        sOpen = -1;
                    } else if (type == OPEN) {
                        if (sOpen >= 0) out.add(new int[] {sOpen, sentenceEnd(sOpen)});
                        sOpen = i;
                    }
                }
            }
            if (dOpen >= 0) out.add(new int[] {dOpen, sentenceEnd(dOpen)});
            if (sOpen >= 0) out.add(new int[] {sOpen, sentenceEnd(sOpen)});
            out.sort((a, b) -> Integer.compare(a[0], b[0]));
            // the union: a single quotation inside a double one is part of it
            int[] flat = new int[out.size() * 2];
            int n = 0;
            for (int[] span : out) {
                if (n > 0 && span[0] < flat[n - 1]) {
                    flat[n - 1] = Math.max(flat[n - 1], span[1]);
                } else {
                    flat[n++] = span[0];
                    flat[n++] = span[1];
                }
            }
            return Arrays.copyOf(flat, n);
        }

        /** Opening after a space or the start, closing before a space, punctuation or the end; between two words either. */
        private int doubleType(int i) {
            boolean spaceBefore = i == 0
                    || Character.isWhitespace(text.charAt(i - 1))
                    || "([{-\u2014".indexOf(text.charAt(i - 1)) >= 0;
            boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
            if (spaceBefore && spaceAfter) return 0; // a stray mark between spaces quotes nothing
            if (spaceBefore) return OPEN;
            if (spaceAfter || ".,;:!?)]}".indexOf(text.charAt(i + 1)) >= 0) return CLOSE;
            return EITHER;
        }

        /** OPEN, CLOSE, 0 (an apostrophe inside a word: don't), or -1 for rock 'n' roll (skip the next character too). */
        private int singleType(int i) {
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            if (letterBefore && !letterAfter) return CLOSE;
            if (letterBefore || !letterAfter) return 0;
            if (Character.isDigit(text.charAt(i + 1))) return 0; // '90s, '22
            int j = i + 1;
            while (j < text.length() && Character.isLetter(text.charAt(j)) && j - i <= elidedLetters) j++;
            String word = text.substring(i + 1, j).toLowerCase(java.util.Locale.ROOT);
            if (!elided.contains(word)) return OPEN;
            return word.equals("n") && j < text.length() && text.charAt(j) == '\'' ? -1 : 0;
        }

        /** Where the sentence holding character c ends (the turn's end past its last sentence). */
        private int sentenceEnd(int c) {
            int lo = 0, hi = sentences.size() - 1, end = text.length();
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sentences.get(mid).end() > c) {
                    end = sentences.get(mid).end();
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            }
            return end;
        }
    }
}
