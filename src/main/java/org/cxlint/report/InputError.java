package org.cxlint.report;

/** A file that could not be scored, and why. */
public record InputError(String file, String reason) {}
