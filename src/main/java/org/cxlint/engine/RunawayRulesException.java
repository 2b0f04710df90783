package org.cxlint.engine;

import org.cxlint.model.UnscorableException;

/** The rules kept firing on one transcript without settling: that transcript fails, the batch goes on. */
public final class RunawayRulesException extends UnscorableException {
    public RunawayRulesException(String message) {
        super(message);
    }
}
