package org.cxlint.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A transcript's score, 0-100. {@code criticalFailure} means a critical item fired and the overall
 * score is 0 whatever the categories say. {@code notApplicable} lists rules whose context never arose
 * (no upset customer, no timestamps...): they neither cost nor earn points.
 */
public record Score(
        double overall,
        boolean pass,
        double passMark,
        boolean criticalFailure,
        List<CategoryScore> categories,
        List<String> notApplicable,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> criticalRules,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

    /**
     * {@code criticalRules}: the rules that failed the transcript outright (left out of JSON when none);
     * {@code reason}: why it passed or failed, in words (the pass mark, or which critical rule).
     */
    public Score {
        criticalRules = criticalRules == null ? List.of() : List.copyOf(criticalRules);
        if (reason == null) reason = reason(overall, pass, passMark, criticalRules);
    }

    public Score(
            double overall,
            boolean pass,
            double passMark,
            boolean criticalFailure,
            List<CategoryScore> categories,
            List<String> notApplicable,
            List<String> criticalRules) {
        this(overall, pass, passMark, criticalFailure, categories, notApplicable, criticalRules, null);
    }

    public Score(
            double overall,
            boolean pass,
            double passMark,
            boolean criticalFailure,
            List<CategoryScore> categories,
            List<String> notApplicable) {
        this(overall, pass, passMark, criticalFailure, categories, notApplicable, List.of(), null);
    }

    /** The verdict's reason as the scorecard decides it: a critical rule first, then the pass mark. */
    static String reason(double overall, boolean pass, double passMark, List<String> criticalRules) {
        if (!criticalRules.isEmpty()) {
            return "critical finding " + String.join(", ", criticalRules) + " fails the transcript outright (score 0)";
        }
        return String.format(
                java.util.Locale.ROOT,
                "score %.1f %s the pass mark %s",
                overall,
                pass ? "reaches" : "is below",
                passMark == Math.rint(passMark) ? String.valueOf((long) passMark) : String.valueOf(passMark));
    }

    /**
     * {@code score} is null when no rule of the category applied: N/A, not 100. {@code lost} is the points of
     * its faults, {@code earned} those of its strengths; the category's score is 100 - lost + earned kept
     * within 0-100, and {@code costs} = weight x (100 - score) is what it takes off the overall score
     * (0 for N/A).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CategoryScore(
            String id,
            String name,
            double weight,
            Double score,
            int findings,
            int strengths,
            double lost,
            double earned,
            double costs) {
        public CategoryScore(String id, String name, double weight, Double score, int findings, int strengths) {
            this(id, name, weight, score, findings, strengths, 0, 0, 0);
        }
    }
}
