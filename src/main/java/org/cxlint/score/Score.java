package org.cxlint.score;

import java.util.List;

/**
 * A transcript's score, 0-100. {@code criticalFailure} means a critical item fired and the overall
 * score is 0 whatever the categories say.
 */
public record Score(double overall, boolean pass, double passMark, boolean criticalFailure, List<CategoryScore> categories) {
    public record CategoryScore(String id, String name, double weight, double score, int findings) {}
}
