package org.cxlint.report;

import java.io.PrintWriter;

/**
 * {@code file:turn:col:RULE_ID:severity:message}, one finding a line, for grep and editors. A finding that
 * does not count ends with {@code (waived)} or {@code (baselined)}, so grep sees it without mistaking it.
 */
public final class LineRenderer implements Renderer {
    @Override
    public String name() {
        return "line";
    }

    @Override
    public void report(PrintWriter out, Report report) {
        for (Report.Item f : report.findings()) {
            // one finding is one line, whatever the transcript holds: controls are shown escaped (\u001b), never obeyed
            out.println(SafeText.terminal(report.transcript().source() + ":" + f.turn() + ":"
                    + (f.column() == null ? 1 : f.column()) + ":" + f.rule() + ":" + f.severity().label() + ":"
                    + f.message().replace('\n', ' ') + (f.status() == null ? "" : " (" + f.status() + ")")));
        }
    }

    @Override
    public void end(PrintWriter out, Summary summary) {
        out.flush();
    }
}
