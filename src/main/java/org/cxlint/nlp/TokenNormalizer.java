package org.cxlint.nlp;

import java.util.Locale;
import java.util.Map;

/**
 * Makes spelling variants meet: curly and straight apostrophes, and the pieces CoreNLP splits
 * contractions into, so "can't", "can not", "cannot" and "can’t" all read as "can not".
 */
public final class TokenNormalizer {
    private static final Map<String, String> CONTRACTIONS =
            Map.of("n't", "not", "'ll", "will", "'m", "am", "'re", "are", "'ve", "have", "'d", "would");
    private static final Map<String, String> CLITIC_HOSTS = Map.of("ca", "can", "wo", "will", "sha", "shall");

    private TokenNormalizer() {}

    /** Replaces typographic apostrophes and quotes one-for-one, so character offsets are unchanged. */
    public static String straightenQuotes(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char r = switch (c) {
                case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                default -> c;
            };
            if (r != c) {
                if (sb == null) sb = new StringBuilder(text);
                sb.setCharAt(i, r);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * @param word the token as written
     * @param next the following token as written, or null; decides whether "ca"/"wo" are clitic hosts
     */
    public static String norm(String word, String next) {
        String w = straightenQuotes(word).toLowerCase(Locale.ROOT);
        String c = CONTRACTIONS.get(w);
        if (c != null) return c;
        if (w.equals("nt")) return "not";
        // "cant" and "wont" typed without an apostrophe split into "ca"/"wo" + "nt"
        String host = CLITIC_HOSTS.get(w);
        if (host != null
                && next != null
                && (straightenQuotes(next).equalsIgnoreCase("n't") || next.equalsIgnoreCase("nt"))) return host;
        return w;
    }
}
