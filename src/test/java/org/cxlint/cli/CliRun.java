package org.cxlint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cxlint.TestLinter;

/** Runs the real command line in-process, with the test JVM's one loaded pipeline. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        ReportOptions.loader = dir -> TestLinter.get();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
