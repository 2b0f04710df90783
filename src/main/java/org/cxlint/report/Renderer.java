package org.cxlint.report;

import java.io.PrintWriter;
import org.cxlint.result.Breakdown;
import org.cxlint.result.InputError;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;

/**
 * An output format. Reports arrive one at a time, in input order, so a batch of any size streams;
 * errors arrive as they happen and the summary closes the run.
 */
public interface Renderer {
    String name();

    /** Called once before {@link #start} with every loaded rule, for formats that describe rules (SARIF). */
    default void rules(java.util.Collection<org.cxlint.rules.RuleDef> rules) {}

    /**
     * Called once before {@link #start}; throws {@link RenderContext.Unusable} when the format cannot be written
     * as asked.
     */
    default void prepare(RenderContext context) {}

    /** Whether {@code --output} names a folder this format fills itself, rather than the file its output goes to. */
    default boolean writesFolder() {
        return false;
    }

    default void start(PrintWriter out) {}

    void report(PrintWriter out, Report report);

    /** As {@link #report(PrintWriter, Report)}, with the transcript for formats that show the conversation (HTML). */
    default void report(PrintWriter out, Report report, org.cxlint.model.Transcript transcript) {
        report(out, report);
    }

    /** Text-like formats leave errors to stderr; structured ones also record them in the output. */
    default void error(PrintWriter out, InputError error) {}

    void end(PrintWriter out, Summary summary);

    /** Closes the run with the per-agent and per-team breakdown too; formats that show it override this. */
    default void end(PrintWriter out, Summary summary, Breakdown breakdown) {
        end(out, summary);
    }
}
