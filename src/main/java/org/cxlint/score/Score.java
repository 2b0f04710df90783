package org.cxlint.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A transcript's score, 0-100. {@code criticalFailure} means a critical item fired and the overall
 * score is 0 whatever the categories say. {@code notApplicable} lists rules whose context never arose
 * (no upset customer, no timestamps...): they neither cost nor earn points.
 */
public record Score(double overall, boolean pass, double passMark, boolean criticalFailure,
                    List<CategoryScore> categories, List<String> notApplicable,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> criticalRules) {

    /** {@code criticalRules}: the rules that failed the transcript outright (left out of JSON when none). */
    public Score {
        criticalRules = criticalRules == null ? List.of() : List.copyOf(criticalRules);
    }

    public Score(double overall, boolean pass, double passMark, boolean criticalFailure,
                 List<CategoryScore> categories, List<String> notApplicable) {
        this(overall, pass, passMark, criticalFailure, categories, notApplicable, List.of());
    }

    /** {@code score} is null when no rule of the category applied: N/A, not 100. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CategoryScore(String id, String name, double weight, Double score, int findings, int strengths) {}
}
