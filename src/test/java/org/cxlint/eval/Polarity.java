package org.cxlint.eval;

/** Whether a label or finding says the turn breaks a family's principle or honours it. */
public enum Polarity {
    BREAKS, HONOURS
}
