package org.cxlint.ingest;

/** A problem with one input file that the user can fix. Never carries a stack trace to the terminal. */
public class InputException extends Exception {
    private final String file;

    public InputException(String file, String reason) {
        super(reason);
        this.file = file;
    }

    public String file() {
        return file;
    }

    public String reason() {
        return getMessage();
    }
}
