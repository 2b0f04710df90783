package org.cxlint.eval;

import java.util.List;
import java.util.Map;

/**
 * @param counts         per polarity, per family (every family present, in {@link Behaviour#FAMILIES} order)
 * @param falsePositives flags no label agrees with
 * @param misses         labels no rule flagged
 * @param turns          labelled agent turns compared
 */
public record EvalResult(Map<Polarity, Map<String, Counts>> counts, List<Flag> falsePositives, List<Key> misses,
                         int turns) {

    public Counts total(Polarity p) {
        return counts.get(p).values().stream().reduce(Counts.ZERO, Counts::plus);
    }
}
