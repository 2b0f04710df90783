package org.cxlint.cli;

/**
 * The process exit codes; README's table and {@link Cli}'s help mirror this. When several apply, the
 * lowest-numbered wins except that 4 beats 3: ERROR, then USAGE, then FINDINGS, then INPUT_ERRORS,
 * because a CI gate that was asked for must not be hidden behind one unreadable file.
 */
public enum ExitCode {
    /** Every input was read and scored, and nothing failed a threshold or expectation. */
    OK(0),
    /** cxlint itself could not run: rules failed to load, an internal error. */
    ERROR(1),
    /** The command line, an expectations file or a baseline file was wrong. */
    USAGE(2),
    /** Some inputs could not be read; every other input was still scored and reported. */
    INPUT_ERRORS(3),
    /** Findings past the threshold: {@code --fail-under}, {@code --fail-on} or a suite's expectations. */
    FINDINGS(4);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
