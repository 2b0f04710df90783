package org.cxlint.cli;

/** The process exit codes; README's table mirrors this. */
public enum ExitCode {
    /** Every input was read and scored. */
    OK(0),
    /** cxlint itself could not run: rules failed to load, an internal error. */
    ERROR(1),
    /** The command line was wrong. */
    USAGE(2),
    /** Some inputs could not be read; every other input was still scored and reported. */
    INPUT_ERRORS(3);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
