package org.cxlint.report;

import java.io.PrintWriter;

/**
 * An output format. Reports arrive one at a time, in input order, so a batch of any size streams;
 * errors arrive as they happen and the summary closes the run.
 */
public interface Renderer {
    String name();

    /** Called once before {@link #start} with every loaded rule, for formats that describe rules (SARIF). */
    default void rules(java.util.Collection<org.cxlint.rules.RuleDef> rules) {}

    default void start(PrintWriter out) {}

    void report(PrintWriter out, Report report);

    /** Text-like formats leave errors to stderr; structured ones also record them in the output. */
    default void error(PrintWriter out, InputError error) {}

    void end(PrintWriter out, Summary summary);
}
