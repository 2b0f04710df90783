package org.cxlint.result;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A finding's identity across edits: transcript id, rule id and the flagged words, normalised.
 * No turn number or offset, so adding a turn elsewhere does not turn an old finding into a new one.
 */
public record Fingerprint(String transcript, String rule, String quote) implements Comparable<Fingerprint> {
    public static Fingerprint of(Report.TranscriptInfo t, Report.Item item) {
        return new Fingerprint(t.id(), item.rule(), normalise(item.quote()));
    }

    /** Case, curly quotes, punctuation and spacing do not make a finding new. */
    public static String normalise(String quote) {
        if (quote == null) return "";
        String s = Normalizer.normalize(quote, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'');
        return s.replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    }

    @Override
    public int compareTo(Fingerprint o) {
        int c = transcript.compareTo(o.transcript);
        if (c == 0) c = rule.compareTo(o.rule);
        return c != 0 ? c : quote.compareTo(o.quote);
    }
}
