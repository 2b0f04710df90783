package org.cxlint.report;

import java.io.PrintWriter;
import org.cxlint.model.Transcript;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;

/**
 * {@code path:line:col: severity RULE message}, one finding a line, as compilers print them: editors, grep and
 * CI problem matchers open the file at the line and column where the reader found the flagged words (1-based;
 * 1:1 when the format keeps no lines). A finding that does not count ends with {@code (waived)} or
 * {@code (baselined)}, so grep sees it without mistaking it.
 */
public final class LineRenderer implements Renderer {
    @Override
    public String name() {
        return "line";
    }

    @Override
    public void report(PrintWriter out, Report report) {
        report(out, report, null);
    }

    @Override
    public void report(PrintWriter out, Report report, Transcript transcript) {
        // the file, not FILE#ID: an editor opens the file; the id is the transcript's own text
        String file = SafeText.inputFile(
                report.transcript().source(), report.transcript().id());
        for (Report.Item f : report.findings()) {
            SourceRegion at = SourceRegion.of(transcript, f);
            // one finding is one line, whatever the transcript holds: controls are shown escaped (\u001b), never obeyed
            out.println(SafeText.terminal(file + ":" + at.startLine() + ":" + at.startColumn() + ": "
                    + f.severity().label() + " " + f.rule() + " " + f.message().replace('\n', ' ')
                    + (f.status() == null ? "" : " (" + f.status() + ")")));
        }
    }

    @Override
    public void end(PrintWriter out, Summary summary) {
        out.flush();
    }
}
