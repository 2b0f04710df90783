package org.cxlint.eval;

/** A finding reduced to its key, with the rule and quoted words kept for the disagreement list. */
public record Flag(Key key, String rule, String quote) {}
