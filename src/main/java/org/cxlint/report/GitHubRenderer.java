package org.cxlint.report;

import java.io.PrintWriter;
import org.cxlint.model.Transcript;
import org.cxlint.result.InputError;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;
import org.cxlint.rules.Severity;

/**
 * GitHub Actions workflow commands, one a finding: {@code ::error file=F,line=L,col=C,title=RULE::message},
 * which the runner turns into annotations on the file. critical and major are errors, minor a warning, info a
 * notice; strengths and findings that do not count (waived, baselined) make no annotation. Values are escaped as
 * the Actions toolkit does (data: % CR LF; properties also : and ,), so no transcript text can end a command or
 * start another.
 */
public final class GitHubRenderer implements Renderer {
    @Override
    public String name() {
        return "github";
    }

    @Override
    public void report(PrintWriter out, Report report) {
        report(out, report, null);
    }

    @Override
    public void report(PrintWriter out, Report report, Transcript transcript) {
        String file = SafeText.inputFile(
                report.transcript().source(), report.transcript().id());
        for (Report.Item f : report.findings()) {
            if (f.severity() == Severity.STRENGTH || !f.counts()) continue;
            SourceRegion at = SourceRegion.of(transcript, f);
            StringBuilder props = new StringBuilder("file=")
                    .append(property(file))
                    .append(",line=")
                    .append(at.startLine())
                    .append(",col=")
                    .append(at.startColumn());
            if (at.endLine() != null)
                props.append(",endLine=")
                        .append(at.endLine())
                        .append(",endColumn=")
                        .append(at.endColumn());
            props.append(",title=").append(property(f.rule()));
            String message = f.severity().label() + ": " + f.message()
                    + (f.quote() == null ? "" : " Flagged: \"" + f.quote() + "\".")
                    + (f.suggestion() == null ? "" : " Try: \"" + f.suggestion() + "\"");
            out.println(SafeText.terminal("::" + command(f.severity()) + " " + props + "::" + data(message)));
        }
    }

    @Override
    public void error(PrintWriter out, InputError error) {
        out.println(SafeText.terminal("::error file=" + property(SafeText.inputFile(error.file(), null))
                + ",title=cxlint::" + data(error.reason())));
    }

    @Override
    public void end(PrintWriter out, Summary summary) {
        out.flush();
    }

    static String command(Severity s) {
        return switch (s) {
            case CRITICAL, MAJOR -> "error";
            case MINOR -> "warning";
            case INFO, STRENGTH -> "notice";
        };
    }

    /** A command's message: %, CR and LF are percent-encoded (the toolkit's escapeData). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command property's value: as {@link #data}, and ':' and ',' too (the toolkit's escapeProperty). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
