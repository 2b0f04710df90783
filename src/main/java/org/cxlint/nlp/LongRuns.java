package org.cxlint.nlp;

/**
 * A linear-time guard in front of CoreNLP's tokenizer, whose lexer takes time quadratic in the length
 * of an unbroken run of emoji, symbols or markup characters ("😀😀😀...", "&&&&..."): a 100 KB turn of
 * emoji took over a minute. Of a run of more than {@value #MAX_RUN} such characters (no letter, digit or
 * space among them) the first {@value #MAX_RUN} are kept and the rest are blanked with spaces, so the text
 * keeps its length and every character offset stays that of the turn. Nothing a rule reads is lost: no
 * phrase is made of emoji, and the run's start (where a signal like 😡 would be) is kept.
 */
public final class LongRuns {
    /** Longer runs are capped. Far above any real emoticon, ellipsis or rule line, far below a slow lexer. */
    public static final int MAX_RUN = 64;

    private LongRuns() {}

    /** The text with each over-long run capped, or the text itself when it has none. */
    public static String cap(String text) {
        char[] out = null;
        int n = text.length();
        int runStart = -1;
        for (int i = 0; i <= n; ) {
            int cp = i < n ? text.codePointAt(i) : ' ';
            boolean symbol = i < n
                    && !Character.isWhitespace(cp)
                    && !Character.isLetterOrDigit(cp)
                    && !Character.isSpaceChar(cp);
            if (symbol) {
                if (runStart < 0) runStart = i;
            } else if (runStart >= 0) {
                if (i - runStart > MAX_RUN) {
                    if (out == null) out = text.toCharArray();
                    // keep whole code points up to the limit, blank the rest
                    int keep = runStart;
                    while (keep < i) {
                        int next = keep + Character.charCount(text.codePointAt(keep));
                        if (next - runStart > MAX_RUN) break;
                        keep = next;
                    }
                    for (int k = keep; k < i; k++) out[k] = ' ';
                }
                runStart = -1;
            }
            i += i < n ? Character.charCount(cp) : 1;
        }
        return out == null ? text : new String(out);
    }
}
