package org.cxlint.ingest;

import org.cxlint.model.UnscorableException;

/**
 * The one isolation policy of a batch, shared by the CLI and the Spark job: whatever goes wrong while one
 * file or transcript is read, scored or judged becomes that input's error row with a one-line reason, and
 * the batch goes on. Only rules that fail to load or run stop a run (they are not the input's fault). The
 * reason never carries an exception type or a stack trace; {@code CXLINT_DEBUG=1} prints the trace on
 * stderr for a bug report.
 */
public final class Isolation {
    /** What was being done to the input when it failed; the reason starts with its words. */
    public enum Stage {
        READ("could not be read"),
        SCORE("could not be scored"),
        JUDGE("could not be judged");

        private final String words;

        Stage(String words) {
            this.words = words;
        }
    }

    private Isolation() {}

    /** True for failures that must stop the run instead of failing one input: broken rules, a JVM in trouble. */
    public static boolean stopsTheRun(Throwable e) {
        if (e instanceof StopsTheRun) return true;
        // a deep recursion or one input's huge allocation leaves the JVM usable; an internal JVM error does not
        return e instanceof VirtualMachineError
                && !(e instanceof StackOverflowError)
                && !(e instanceof OutOfMemoryError);
    }

    /**
     * The one-line reason for {@code source}'s error row. Rethrows what {@link #stopsTheRun} says must stop
     * the run.
     *
     * @param what "file" or "transcript", for the internal-error wording
     */
    public static String reason(Stage stage, String source, String what, Throwable e) {
        if (stopsTheRun(e)) throw sneaky(e);
        if (e instanceof InputException ie) return oneLine(ie.reason());
        if (e instanceof UnscorableException) return stage.words + ": " + oneLine(e.getMessage());
        if (e instanceof OutOfMemoryError) {
            return stage.words + ": not enough memory for this " + what
                    + " (give java more with -Xmx, or split the file)";
        }
        debug(source, e);
        return stage.words + ": cxlint failed on this " + what + " (an internal error; please report it)";
    }

    /** Line breaks and controls in a reason (from an input's own text) would break a one-line error. */
    public static String oneLine(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return b.toString();
    }

    /** With CXLINT_DEBUG set, the stack trace a bug report needs; never otherwise. */
    public static void debug(String source, Throwable e) {
        if (System.getenv("CXLINT_DEBUG") == null) return;
        synchronized (System.err) {
            System.err.println("cxlint: " + source + ": internal error:");
            e.printStackTrace(System.err);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable e) throws T {
        throw (T) e;
    }
}
