package org.cxlint.eval;

import java.util.List;

/**
 * What {@code cxlint eval} reports. {@code notEvaluated} lists rules that fired but that no behaviour maps to
 * (the labels cannot say whether they were right); {@code problems} lists labels that could not be compared
 * (conversation not found, turn out of range), which the command also turns into its exit code.
 */
public record EvalResult(
        String labels,
        int turns,
        int conversations,
        List<Row> totals,
        List<Row> families,
        List<Row> behaviours,
        List<Row> rules,
        List<String> notEvaluated,
        List<Disagreement> disagreements,
        List<String> problems) {}
