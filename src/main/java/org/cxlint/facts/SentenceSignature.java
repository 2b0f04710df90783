package org.cxlint.facts;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.nlp.Token;

/**
 * 512 bits of a sentence: one for each word (normalised) and each lemma its tokens could have. A superset
 * of the texts any of its tokens can match, so testing a pattern's required items against it never rules
 * out a real match; it only spares trying patterns whose other words are absent.
 */
final class SentenceSignature {
    private static final int BITS = 512;

    private SentenceSignature() {}

    /** A word's or lemma's bit. */
    static int bit(String text) {
        return (text.hashCode() * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(BITS));
    }

    static long[] of(List<Token> tokens) {
        long[] sig = new long[BITS / 64];
        for (Token t : tokens) {
            int b = bit(t.norm());
            sig[b >>> 6] |= 1L << b;
            for (int k = 0; k < t.possibleLemmaCount(); k++) {
                b = bit(t.possibleLemma(k));
                sig[b >>> 6] |= 1L << b;
            }
        }
        return sig;
    }

    /** For each item a match must contain, the bits of its words and lemmas; the first item (usually the anchor) last. */
    static int[][] needs(TokenPattern tp) {
        List<int[]> needs = new ArrayList<>(tp.requiredTexts().stream()
                .map(texts -> texts.stream()
                        .mapToInt(SentenceSignature::bit)
                        .distinct()
                        .toArray())
                .toList());
        // the token that brought the pattern here usually has the first item already
        if (needs.size() > 1) needs.add(needs.remove(0));
        return needs.toArray(int[][]::new);
    }

    /** False when the signature lacks every word of some required item. */
    static boolean allows(long[] signature, int[][] needs) {
        for (int[] bits : needs) {
            boolean any = false;
            for (int b : bits) {
                if ((signature[b >>> 6] & (1L << b)) != 0) {
                    any = true;
                    break;
                }
            }
            if (!any) return false;
        }
        return true;
    }
}
