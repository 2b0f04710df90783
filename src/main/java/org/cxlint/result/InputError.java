package org.cxlint.result;

/** A file that could not be scored, and why. */
public record InputError(String file, String reason) {}
