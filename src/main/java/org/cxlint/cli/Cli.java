package org.cxlint.cli;

import org.cxlint.report.ReportWriteException;
import org.cxlint.rules.RulesException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cxlint} command and its subcommands. */
@Command(
        name = "cxlint",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Scores customer-service transcripts against principles of good service.",
        subcommands = {
            ScoreCommand.class,
            CheckCommand.class,
            RulesCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            org.cxlint.serve.ServeCommand.class,
            InitCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input scored, no threshold or expectation missed",
            "1:cxlint could not run (rules failed to load, baseline or report not writable, internal error)",
            "2:usage error (command line, expectations or baseline file)",
            "3:some inputs could not be read (the rest were scored)",
            "4:findings past the threshold (--fail-under, --fail-on, expectations); wins over 3"
        })
public final class Cli {
    private Cli() {}

    public static int run(String... args) {
        return run(null, null, args);
    }

    /** For tests and embedding: output and errors go where the caller says (null: picocli's stdout/stderr). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        // stdout as picocli would open it, but over a stream that keeps the reason a write failed (a full disk)
        org.cxlint.report.WatchedStream stdout = null;
        if (out == null) {
            stdout = new org.cxlint.report.WatchedStream(new java.io.FileOutputStream(java.io.FileDescriptor.out));
            String enc = System.getProperty("sun.stdout.encoding");
            out = new java.io.PrintWriter(
                    new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                            stdout,
                            enc != null
                                    ? java.nio.charset.Charset.forName(enc)
                                    : java.nio.charset.Charset.defaultCharset())),
                    true);
        }
        cl.setOut(out);
        if (err != null) cl.setErr(err);
        // a usage error gets one line and a pointer to --help, not the whole option list
        cl.setParameterExceptionHandler((ex, args2) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("cxlint: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            cmd.getErr().flush();
            return ExitCode.USAGE.code;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof RulesException || ex instanceof ReportWriteException) {
                cmd.getErr().println("cxlint: " + ex.getMessage());
            } else if (ex instanceof java.nio.file.FileSystemException fs) {
                // an output file or folder that cannot be written: the user's to fix, not a bug
                cmd.getErr().println("cxlint: " + ReportWriteException.describe(fs));
            } else {
                cmd.getErr().println("cxlint: internal error: " + ex);
                if (System.getenv("CXLINT_DEBUG") != null) ex.printStackTrace(cmd.getErr());
                else cmd.getErr().println("(set CXLINT_DEBUG=1 for the stack trace, and please report it)");
            }
            return ExitCode.ERROR.code;
        });
        int code = cl.execute(args);
        // PrintWriter swallows write errors: a report lost to a full disk or a closed pipe must not exit 0
        if (cl.getOut().checkError()) {
            java.io.IOException why = stdout == null ? null : stdout.failure();
            cl.getErr()
                    .println("cxlint: cannot write the report to standard output"
                            + (why == null ? "" : ": " + ReportWriteException.describe(why)));
            cl.getErr().flush();
            return ExitCode.ERROR.code;
        }
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cxlint " + org.cxlint.BuildInfo.current().describe()};
        }
    }
}
