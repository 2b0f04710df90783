package org.cxlint.nlp;

import java.util.Locale;
import java.util.Map;

/**
 * Negative contractions typed without an apostrophe that CoreNLP keeps as one token ("cant", "isnt",
 * "havent"; it already splits "dont", "didnt", "doesnt"). cxlint splits them the way CoreNLP splits
 * "can't" ("ca" + "n't"), so "I cant help" meets the patterns written for "I can not help".
 *
 * <p>The pieces get a fixed lemma and tag, the ones CoreNLP gives the apostrophe spelling, rather than the
 * tagger's reading of the unsplit word: the split happens after tokenizing, so the tagger still sees the
 * word as typed and every other token's tag is what tagging the sentence gives.
 */
final class RunTogether {
    /** The host before "nt", with its lemma and tag. */
    record Host(String word, String lemma, String tag) {}

    private static final Map<String, Host> HOSTS = Map.ofEntries(
            Map.entry("cant", new Host("ca", "can", "MD")),
            Map.entry("wont", new Host("wo", "will", "MD")),
            Map.entry("isnt", new Host("is", "be", "VBZ")),
            Map.entry("arent", new Host("are", "be", "VBP")),
            Map.entry("wasnt", new Host("was", "be", "VBD")),
            Map.entry("werent", new Host("were", "be", "VBD")),
            Map.entry("havent", new Host("have", "have", "VBP")),
            Map.entry("hasnt", new Host("has", "have", "VBZ")),
            Map.entry("hadnt", new Host("had", "have", "VBD")),
            Map.entry("couldnt", new Host("could", "could", "MD")),
            Map.entry("wouldnt", new Host("would", "would", "MD")),
            Map.entry("shouldnt", new Host("should", "should", "MD")),
            Map.entry("mustnt", new Host("must", "must", "MD")));

    static final String NOT_LEMMA = "not";
    static final String NOT_TAG = "RB";

    private RunTogether() {}

    /** The host of a run-together negative contraction, or null when {@code word} is not one. */
    static Host host(String word) {
        if (word.length() < 4 || word.length() > 8) return null;
        char last = word.charAt(word.length() - 1);
        if (last != 't' && last != 'T') return null;
        return HOSTS.get(word.toLowerCase(Locale.ROOT));
    }
}
