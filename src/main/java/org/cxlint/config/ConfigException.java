package org.cxlint.config;

/** A configuration file (or a selection option) that cannot be used; the message starts with FILE:LINE. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
