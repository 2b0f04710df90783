package org.cxlint.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlint.nlp.Nlp;
import org.cxlint.nlp.Token;

/**
 * A compiled token pattern. Syntax, one element per space-separated item:
 * <ul>
 *   <li>{@code word} matches the normalised word ("can't" reads as "can not")</li>
 *   <li>{@code @lemma} matches the lemma ({@code @be} matches is, 's, were...)</li>
 *   <li>{@code a|b|@c} any of the alternatives; {@code apolog*} a word prefix</li>
 *   <li>{@code item?} optional; {@code *N} a gap of 0..N tokens ({@code *} alone = up to 3)</li>
 *   <li>{@code ^} first, alone: the match must start the sentence (after any leading @handles or split marker)</li>
 *   <li>{@code _} any one word (not punctuation, nor markup such as @handles, URLs, #tags, emoji); {@code _?} optional</li>
 * </ul>
 */
public final class TokenPattern {
    private final String source;
    private final List<Element> elements;
    private final boolean anchored;
    /** Whether some item matches lemmas (which may need the tagger). */
    private final boolean lemmas;

    private TokenPattern(String source, List<Element> elements, boolean anchored) {
        this.source = source;
        this.elements = elements;
        this.anchored = anchored;
        boolean anyLemma = false;
        for (Element e : elements) {
            if (e instanceof Alt a && a.choices().stream().anyMatch(Choice::lemma)) anyLemma = true;
        }
        this.lemmas = anyLemma;
    }

    /**
     * The choices one of which the first token of every match accepts, or null when a match can start
     * at any token (a pattern that begins with optional items followed by a gap, or is all optional).
     */
    List<Choice> anchors() {
        List<Choice> out = new ArrayList<>();
        for (Element e : elements) {
            if (e instanceof Gap) return null;
            Alt a = (Alt) e;
            if (a.choices().stream().anyMatch(Choice::isAny)) return null; // "_" starts a match at any word
            out.addAll(a.choices());
            if (!a.optional()) return out;
        }
        return null;
    }

    /**
     * For each item every match must contain (not optional, no prefix or wildcard alternative), the words
     * and lemmas one of which the token there must have: a sentence holding none of them cannot match.
     */
    List<List<String>> requiredTexts() {
        List<List<String>> out = new ArrayList<>();
        for (Element e : elements) {
            if (!(e instanceof Alt a) || a.optional()) continue;
            if (a.choices().stream().anyMatch(c -> c.prefix() || c.isAny())) continue;
            out.add(a.choices().stream().map(Choice::text).distinct().toList());
        }
        return out;
    }

    public String source() {
        return source;
    }

    sealed interface Element permits Alt, Gap {}

    /** One token that must equal one of the alternatives; {@code optional} lets it be skipped. */
    record Alt(List<Choice> choices, boolean optional) implements Element {
        boolean accepts(Token t) {
            for (Choice c : choices) if (c.accepts(t)) return true;
            return false;
        }

        boolean mayAccept(Token t, boolean[] maybe) {
            for (Choice c : choices) if (c.mayAccept(t, maybe)) return true;
            return false;
        }
    }

    record Choice(String text, boolean lemma, boolean prefix) {
        static final String ANY = "_";

        boolean accepts(Token t) {
            if (isAny()) return anyWord(t);
            if (!lemma) return prefix ? t.norm().startsWith(text) : t.norm().equals(text);
            // the word-level test first: most words cannot have the lemma whatever their tag
            if (!t.couldHaveLemma(text, prefix)) return false;
            String v = t.lemma();
            return prefix ? v.startsWith(text) : v.equals(text);
        }

        /** The wildcard {@code _}: any one word. */
        boolean isAny() {
            return text.equals(ANY);
        }

        private static boolean anyWord(Token t) {
            if (org.cxlint.nlp.SocialText.isMarkup(t)) return false;
            String w = t.word();
            for (int i = 0; i < w.length(); i++) if (Character.isLetterOrDigit(w.charAt(i))) return true;
            return false;
        }

        /** Like {@link #accepts}, but never tags: true when the answer needs the tagger, and then notes it in {@code maybe}. */
        boolean mayAccept(Token t, boolean[] maybe) {
            if (isAny()) return anyWord(t);
            if (!lemma) return prefix ? t.norm().startsWith(text) : t.norm().equals(text);
            if (!t.couldHaveLemma(text, prefix)) return false;
            if (!t.lemmaKnown()) {
                maybe[0] = true;
                return true;
            }
            String v = t.lemma();
            return prefix ? v.startsWith(text) : v.equals(text);
        }
    }

    record Gap(int max) implements Element {}

    public static TokenPattern compile(String source) {
        if (source.isBlank()) throw new PatternException("empty pattern");
        String[] items = source.trim().split("\\s+");
        boolean anchored = items[0].equals("^");
        if (anchored) items = java.util.Arrays.copyOfRange(items, 1, items.length);
        if (items.length == 0) throw new PatternException("empty pattern after ^");
        List<Element> elements = new ArrayList<>();
        for (String item : items) {
            if (item.matches("\\*\\d*")) {
                elements.add(new Gap(item.length() == 1 ? 3 : Integer.parseInt(item.substring(1))));
                continue;
            }
            boolean optional = item.endsWith("?") && item.length() > 1;
            String body = optional ? item.substring(0, item.length() - 1) : item;
            List<Choice> choices = new ArrayList<>();
            for (String alt : body.split("\\|")) {
                boolean lemma = alt.startsWith("@");
                String text = (lemma ? alt.substring(1) : alt)
                        .toLowerCase(Locale.ROOT)
                        .replace('\u2019', '\'');
                boolean prefix = text.length() > 1 && text.endsWith("*");
                if (prefix) text = text.substring(0, text.length() - 1);
                if (text.isEmpty() || text.contains("*") || text.contains("^")) {
                    throw new PatternException("bad item \"" + item + "\" in pattern \"" + source + "\"");
                }
                if (text.matches(".*\\p{L}-\\p{L}.*")) {
                    // CoreNLP splits hyphenated words, so "short-staffed" as one item could never match
                    throw new PatternException("\"" + alt + "\" in pattern \"" + source
                            + "\": hyphenated words are separate tokens; write them as \"short -? staffed\"");
                }
                choices.add(new Choice(text, lemma, prefix));
            }
            // word alternatives first: a word that matches one never waits for the tagger ("@charge|charged")
            choices.sort(java.util.Comparator.comparing(Choice::lemma));
            elements.add(new Alt(List.copyOf(choices), optional));
        }
        if (elements.get(0) instanceof Gap || elements.get(elements.size() - 1) instanceof Gap) {
            throw new PatternException("a pattern cannot start or end with a gap: \"" + source + "\"");
        }
        return new TokenPattern(source, List.copyOf(elements), anchored);
    }

    /** The exclusive end of the shortest match starting at {@code start}, or -1. */
    public int matchAt(List<Token> tokens, int start) {
        if (anchored && start != firstWord(tokens)) return -1;
        if (!lemmas) return match(tokens, start, 0, null);
        // A lemma item may need the tagger. First match without it, letting any token whose lemma depends
        // on its tag pass: when that fails, the real match fails too; when no such token was asked about,
        // it is the real match. Only otherwise match again, tagging the sentence.
        boolean[] maybe = {false};
        int end = match(tokens, start, 0, maybe);
        if (end < 0 || !maybe[0]) return end;
        Nlp.debugPattern(source);
        end = match(tokens, start, 0, null);
        Nlp.debugPattern(null);
        return end;
    }

    /** A sentence starts at its first token that is not markup: "@jdoe Hi there" starts at "Hi". */
    private static int firstWord(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && org.cxlint.nlp.SocialText.isMarkup(tokens.get(i))) i++;
        return i;
    }

    /** @param maybe null to match exactly (tagging when needed); else match optimistically, never tagging */
    private int match(List<Token> tokens, int pos, int el, boolean[] maybe) {
        if (el == elements.size()) return pos;
        Element e = elements.get(el);
        if (e instanceof Gap g) {
            for (int skip = 0; skip <= g.max() && pos + skip <= tokens.size(); skip++) {
                int end = match(tokens, pos + skip, el + 1, maybe);
                if (end >= 0) return end;
            }
            return -1;
        }
        Alt a = (Alt) e;
        if (pos < tokens.size() && (maybe == null ? a.accepts(tokens.get(pos)) : a.mayAccept(tokens.get(pos), maybe))) {
            int end = match(tokens, pos + 1, el + 1, maybe);
            if (end >= 0) return end;
        }
        return a.optional() ? match(tokens, pos, el + 1, maybe) : -1;
    }

    @Override
    public String toString() {
        return source;
    }
}
