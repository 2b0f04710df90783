package org.cxlint.rules;

/** The rules directory cannot be used: names the file and, where known, the line. */
public class RulesException extends RuntimeException {
    public RulesException(String message) {
        super(message);
    }

    public RulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
