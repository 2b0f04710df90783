package org.cxlint.engine;

/** The rules kept firing on one transcript without settling: that transcript fails, the batch goes on. */
public final class RunawayRulesException extends RuntimeException {
    public RunawayRulesException(String message) {
        super(message);
    }
}
