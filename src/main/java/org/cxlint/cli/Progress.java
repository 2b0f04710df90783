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
 * terminal and stdout's console exists, so pipes, CI logs and tests never see it.
 */
abstract class Progress implements AutoCloseable {
    abstract void step();

    /** Prints a line (an error) without tearing the bar. */
    abstract void println(String line, PrintWriter err);

    @Override
    public abstract void close();

    static Progress open(int total, boolean wanted) {
        if (!wanted || total < 2 || !stderrIsTerminal()) return NONE;
        ProgressBar bar = new ProgressBarBuilder().setTaskName("Scoring").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
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

    /** Java 17 cannot ask about stderr directly: a console must exist, and on Linux fd 2 must be a tty. */
    static boolean stderrIsTerminal() {
        if (System.console() == null || System.getenv("CI") != null) return false;
        try {
            Path fd2 = Path.of("/proc/self/fd/2");
            if (!Files.exists(fd2)) return true;
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
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
