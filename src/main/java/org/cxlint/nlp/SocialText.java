package org.cxlint.nlp;

import java.util.List;

/**
 * What social and chat text carries besides words: @handles, URLs, #hashtags, emoji, "1/2" split markers, and
 * the agent's sign-off at the end of a post ("^MM", "*TKR", "-KB", "- Matt", "~Jo"). CoreNLP keeps each of the
 * first five as one token; they stay in the text and its offsets, but are never a word a phrase or a name can be.
 */
public final class SocialText {
    /** Characters that introduce a sign-off: initials or a first name after them end the post. */
    private static final String SIGN_OFF_MARKS = "^*-~\u2013\u2014/";
    /** Longest sign-off: a mark and a first name and an initial ("- Kate B"). */
    private static final int MAX_SIGN_OFF_WORDS = 2;

    private SocialText() {}

    /** A token that is markup of the medium rather than a word. */
    public static boolean isMarkup(Token t) {
        String w = t.word();
        if (w.isEmpty()) return false;
        char c = w.charAt(0);
        // decided on the first character where it can be: this runs for every wildcard item tried
        if (c == '@' || c == '#') return w.length() > 1;
        if (Character.isLetter(c)) return w.length() > 4 && isUrl(w);
        if (Character.isDigit(c) || c == '(') return isSplitMarker(w);
        return isEmoji(w);
    }

    static boolean isUrl(String w) {
        return w.regionMatches(true, 0, "http://", 0, 7)
                || w.regionMatches(true, 0, "https://", 0, 8)
                || w.regionMatches(true, 0, "www.", 0, 4)
                || w.regionMatches(true, 0, "t.co/", 0, 5);
    }

    /** "1/2", "2/3", "(1/2)": a reply split over several posts. */
    public static boolean isSplitMarker(String w) {
        String s = w.startsWith("(") && w.endsWith(")") ? w.substring(1, w.length() - 1) : w;
        int slash = s.indexOf('/');
        if (slash <= 0 || slash == s.length() - 1 || s.length() > 5) return false;
        for (int i = 0; i < s.length(); i++) if (i != slash && !Character.isDigit(s.charAt(i))) return false;
        return Integer.parseInt(s.substring(0, slash)) <= Integer.parseInt(s.substring(slash + 1));
    }

    static boolean isEmoji(String w) {
        boolean symbol = false;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) return false;
            int type = Character.getType(cp);
            if (type == Character.OTHER_SYMBOL || type == Character.SURROGATE || cp >= 0x1F000) symbol = true;
            i += Character.charCount(cp);
        }
        return symbol;
    }

    /**
     * Where the agent's sign-off starts in a turn's tokens, as the index of its mark in the last sentence, or -1.
     * A sign-off is a mark followed by one or two capitalised words (a name or initials) that end the post,
     * optionally followed by markup (a URL, a split marker).
     */
    public static int signOffStart(List<Token> lastSentence) {
        int end = lastSentence.size();
        while (end > 0
                && (isMarkup(lastSentence.get(end - 1))
                        || lastSentence.get(end - 1).word().equals("."))) end--;
        for (int words = 1; words <= MAX_SIGN_OFF_WORDS; words++) {
            int mark = end - words - 1;
            if (mark < 0) return -1;
            if (!isNameLike(lastSentence.get(end - words).word())) return -1;
            String m = lastSentence.get(mark).word();
            if (m.length() == 1 && SIGN_OFF_MARKS.indexOf(m.charAt(0)) >= 0) return mark;
            if (m.equals("--")) return mark;
        }
        return -1;
    }

    /** Initials ("MM", "TKR") or a capitalised name ("Matt"); also initials glued to the mark ("^MM"). */
    private static boolean isNameLike(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isLetter(w.charAt(i)) && w.charAt(i) != '.') return false;
        return w.length() <= 12;
    }
}
