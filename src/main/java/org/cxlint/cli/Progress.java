package org.cxlint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The batch progress bar on stderr. It is drawn only for a batch of more than one file when stderr is a
 * terminal that stdout is not writing to, so pipes, CI logs and tests never see it.
 */
abstract class Progress implements AutoCloseable {
    abstract void step();

    /** Prints a line (an error) without tearing the bar. */
    abstract void println(String line, PrintWriter err);

    @Override
    public abstract void close();

    static Progress open(int total, boolean wanted) {
        if (!wanted || total < 2 || !stderrIsTerminal()) return NONE;
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Scoring")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        return new Progress() {
            @Override
            void step() {
                bar.step();
            }

            @Override
            void println(String line, PrintWriter err) {
                err.println("\r" + line);
                err.flush();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /**
     * Java 17 cannot ask about stderr directly ({@code System.console()} needs stdin and stdout to be terminals,
     * so it is null exactly when the report is redirected to a file, the case a bar is for). On Linux,
     * /proc/self/fd says: draw when stderr is a terminal and stdout is not that terminal (a text report
     * scrolling past would tear the bar). Elsewhere, no bar.
     */
    static boolean stderrIsTerminal() {
        if (System.getenv("CI") != null) return false;
        try {
            Path fd1 = Path.of("/proc/self/fd/1");
            Path fd2 = Path.of("/proc/self/fd/2");
            if (!Files.exists(fd2)) return false;
            String err = Files.readSymbolicLink(fd2).toString();
            String out = Files.exists(fd1) ? Files.readSymbolicLink(fd1).toString() : "";
            return isTty(err) && !out.equals(err);
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean isTty(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    }

    private static final Progress NONE = new Progress() {
        @Override
        void step() {}

        @Override
        void println(String line, PrintWriter err) {
            err.println(line);
        }

        @Override
        public void close() {}
    };
}
