package org.cxlint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process; Linters shares one loaded pipeline across runs. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
