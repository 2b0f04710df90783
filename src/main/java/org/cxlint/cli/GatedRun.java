package org.cxlint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.cxlint.Linter;
import org.cxlint.gate.Baseline;
import org.cxlint.gate.Gate;
import org.cxlint.gate.Thresholds;
import org.cxlint.model.Transcript;
import org.cxlint.report.InputError;
import org.cxlint.report.Renderer;
import org.cxlint.report.Report;
import org.cxlint.report.Summary;
import picocli.CommandLine;

/**
 * One scoring run with its report and, when asked for, the CI gate; returns the exit code.
 * {@code score} and {@code check} differ only in which files they read and what each is expected to do.
 */
final class GatedRun {
    /** The suite and expectation for one file; null from the lookup means "thresholds only". */
    record Scripted(String suite, org.cxlint.gate.Expectation expectation) {}

    private GatedRun() {}

    static int execute(CommandLine cl, ReportOptions ro, GateOptions go, List<Path> files,
                       Function<String, Scripted> lookup, boolean alwaysJudge) throws Exception {
        Renderer renderer = ro.renderer(cl);
        Thresholds thresholds = go.thresholds(cl);
        Baseline baseline = go.baseline(cl);
        Linter linter = ro.linter();
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        boolean judging = alwaysJudge || thresholds.any() || baseline != null;
        Gate gate = new Gate(thresholds, baseline, go.updateBaseline, go.today(), linter::scoreOf);

        renderer.rules(linter.rules().values());
        renderer.start(out);
        BatchRunner runner = new BatchRunner(linter, ro.ingest(), (Transcript t, Report r) -> {
            if (!judging && t.waivers().isEmpty()) return r;
            Scripted s = lookup.apply(t.source());
            Report j = s == null ? gate.judge(r, t.waivers(), null, null) : gate.judge(r, t.waivers(), s.suite(), s.expectation());
            // a plain score run still shows waivers, but no verdict nobody asked for
            return judging ? j : j.judged(j.findings(), null);
        });
        Summary summary = runner.run(files, new BatchRunner.Sink() {
            @Override
            public void report(Report report) {
                renderer.report(out, report);
            }

            @Override
            public void error(InputError error) {
                err.println("cxlint: " + error.file() + ": " + error.reason());
                renderer.error(out, error);
            }
        });
        renderer.end(out, summary);
        if (go.updateBaseline) {
            try {
                baseline.save(go.baseline);
            } catch (Baseline.BaselineException e) {
                err.println("cxlint: " + e.getMessage());
                err.flush();
                return ExitCode.ERROR.code;
            }
            err.println("cxlint: wrote baseline " + go.baseline);
        }
        err.flush();
        if (summary.gateFailures() != null && summary.gateFailures() > 0) return ExitCode.FINDINGS.code;
        return summary.failed() > 0 ? ExitCode.INPUT_ERRORS.code : ExitCode.OK.code;
    }
}
