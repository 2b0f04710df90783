package org.cxlint.report.html;

import java.util.List;

/**
 * What the index keeps of one transcript page: a few strings and counts, so a batch of thousands holds
 * little. {@code page} is the input position (the page file's number); {@code verdict} is
 * {@code pass}, {@code fail} or {@code critical}; {@code rules} the distinct rules of its counted faults, sorted.
 */
record IndexRow(
        int page,
        String file,
        String id,
        String source,
        String agent,
        String team,
        String date,
        double score,
        String verdict,
        int faults,
        int strengths,
        List<String> rules) {
    String verdictText() {
        return switch (verdict) {
            case "critical" -> "FAIL (critical)";
            case "pass" -> "PASS";
            default -> "FAIL";
        };
    }
}
