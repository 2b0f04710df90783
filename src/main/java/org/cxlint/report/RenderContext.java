package org.cxlint.report;

import java.nio.file.Path;

/**
 * What a run tells its renderer before the first report: the coach's view ({@code --min-severity},
 * {@code --failing-only}, {@code --quiet}), the {@code --output} path (null for standard output) and how many
 * inputs the run has. A format ignores what it has no use for.
 */
public record RenderContext(Selection selection, Path output, int inputs) {
    /** The format cannot be written as asked (several HTML pages and no folder to put them in). */
    public static final class Unusable extends RuntimeException {
        public Unusable(String message) {
            super(message);
        }
    }
}
