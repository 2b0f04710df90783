package org.cxlint.report;

/** Totals over a run; {@code meanScore} is null when nothing was scored. */
public record Summary(int files, int scored, int failed, int passed, Double meanScore, int findings) {}
