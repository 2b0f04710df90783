package org.cxlint.facts;

import java.util.List;

/**
 * A named set of token patterns, loaded from a rule pack. A hit is dropped when one of the
 * {@code except} patterns matches tokens overlapping it ("I can't" but not "I can't wait").
 */
public record Phrase(String id, List<TokenPattern> patterns, List<TokenPattern> except) {
    public Phrase {
        patterns = List.copyOf(patterns);
        except = List.copyOf(except);
    }
}
