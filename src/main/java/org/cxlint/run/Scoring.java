package org.cxlint.run;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.cxlint.Linter;
import org.cxlint.gate.Expectation;
import org.cxlint.gate.Gate;
import org.cxlint.gate.Thresholds;
import org.cxlint.ingest.Isolation;
import org.cxlint.model.Transcript;
import org.cxlint.result.Report;

/**
 * What every run does with one transcript, in one place so the CLI batch, {@code check}, the service, the rule
 * tester and the Spark job cannot drift apart: score it, then mark its waivers and, only when a gate was asked
 * for, add the gate's verdict. {@link #score} and {@link #judge} apply the one isolation policy ({@link
 * Isolation}): a transcript that fails is its own error row, broken rules stop the run.
 *
 * <p>Scoring is safe on many threads at once; judging runs on one thread in input order, since a gate that
 * records (a baseline being written) must see a fixed order.
 */
public final class Scoring {
    /** The expectations suite and the expectation for one transcript, by source; null means "thresholds only". */
    public record Scripted(String suite, Expectation expectation) {}

    private final Linter linter;
    private final Function<Transcript, Report> scorer;
    private final Gate gate;
    private final boolean judging;
    private final Function<String, Scripted> scripts;
    private final UnaryOperator<Report> after;

    private Scoring(
            Linter linter,
            Function<Transcript, Report> scorer,
            Gate gate,
            boolean judging,
            Function<String, Scripted> scripts,
            UnaryOperator<Report> after) {
        this.linter = linter;
        this.scorer = scorer;
        this.gate = gate;
        this.judging = judging;
        this.scripts = scripts;
        this.after = after;
    }

    /** {@code cxlint score} without gate options: waivers are marked, no verdict nobody asked for. */
    public static Scoring plain(Linter linter, LocalDate today) {
        return new Scoring(
                linter,
                linter::score,
                new Gate(Thresholds.NONE, null, false, today, linter::scoreOf),
                false,
                source -> null,
                UnaryOperator.identity());
    }

    /**
     * @param judging whether thresholds, a baseline or expectations are in force (a verdict is wanted)
     * @param scripts the suite and expectation of a transcript's source, or null for thresholds only
     */
    public static Scoring gated(Linter linter, Gate gate, boolean judging, Function<String, Scripted> scripts) {
        return new Scoring(linter, linter::score, gate, judging, scripts, UnaryOperator.identity());
    }

    /** The same policy around another scorer: an instrumented one (benchmarks, tests of the isolation policy). */
    public Scoring withScorer(Function<Transcript, Report> other) {
        return new Scoring(linter, other, gate, judging, scripts, after);
    }

    /** The same policy with {@code next} applied to every judged report (links to recordings). */
    public Scoring then(UnaryOperator<Report> next) {
        UnaryOperator<Report> first = after;
        return new Scoring(linter, scorer, gate, judging, scripts, r -> next.apply(first.apply(r)));
    }

    public Linter linter() {
        return linter;
    }

    /** The judged report, or the exception: for callers with their own error answers (the service). */
    public Report report(Transcript t) {
        return judged(t, scorer.apply(t));
    }

    /** Scores {@code t}; any failure but broken rules is its error row. */
    public Outcome score(Transcript t) {
        try {
            return Outcome.ok(t, scorer.apply(t));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Outcome.failed(t.source(), Isolation.reason(Isolation.Stage.SCORE, t.source(), "transcript", e));
        }
    }

    /** Marks waivers and adds the verdict to a scored outcome; errors pass through. */
    public Outcome judge(Outcome scored) {
        if (!scored.isOk()) return scored;
        Transcript t = scored.transcript();
        try {
            return Outcome.ok(t, judged(t, scored.report()));
        } catch (RuntimeException e) {
            return Outcome.failed(t.source(), Isolation.reason(Isolation.Stage.JUDGE, t.source(), "transcript", e));
        }
    }

    /** Score then judge, on the calling thread. */
    public Outcome run(Transcript t) {
        return judge(score(t));
    }

    private Report judged(Transcript t, Report r) {
        if (judging || !t.waivers().isEmpty()) {
            Scripted s = scripts.apply(t.source());
            Report j = gate.judge(r, t.waivers(), s == null ? null : s.suite(), s == null ? null : s.expectation());
            // a plain score run still shows waivers, but no verdict nobody asked for
            r = judging ? j : j.judged(j.findings(), null);
        }
        return after.apply(r);
    }
}
