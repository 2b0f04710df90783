package org.cxlint.rules;

import org.cxlint.ingest.StopsTheRun;

/** The rules directory cannot be used: names the file and, where known, the line. It stops a batch. */
public class RulesException extends RuntimeException implements StopsTheRun {
    public RulesException(String message) {
        super(message);
    }

    public RulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
