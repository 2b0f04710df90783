package org.cxlint.gate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.cxlint.model.Waiver;
import org.cxlint.result.Fingerprint;
import org.cxlint.result.Report;
import org.cxlint.result.Verdict;
import org.cxlint.score.Score;

/**
 * Judges one report for CI: marks waived and baselined findings, re-scores what still counts, and
 * lists every threshold or expectation the transcript misses. Order matters: a waiver is a deliberate
 * decision and wins over the baseline, which only records the past.
 */
public final class Gate {
    private final Thresholds thresholds;
    private final Baseline baseline;
    private final boolean recordBaseline;
    private final LocalDate today;
    private final BiFunction<List<String>, List<String>, Score> scorer;

    /**
     * @param baseline       null when no baseline is in use
     * @param recordBaseline every counted finding is added to {@code baseline} (and so reported as baselined)
     * @param scorer         the score the given fired rule ids earn, given the rules not applicable (Linter::scoreOf)
     */
    public Gate(
            Thresholds thresholds,
            Baseline baseline,
            boolean recordBaseline,
            LocalDate today,
            BiFunction<List<String>, List<String>, Score> scorer) {
        this.thresholds = thresholds;
        this.baseline = baseline;
        this.recordBaseline = recordBaseline;
        this.today = today;
        this.scorer = scorer;
    }

    /** @param expectation null outside {@code cxlint check}; {@code suite} names it */
    public Report judge(Report report, List<Waiver> waivers, String suite, Expectation expectation) {
        List<String> notes = new ArrayList<>();
        List<Report.Item> items = new ArrayList<>();
        List<Waiver> used = new ArrayList<>();
        for (Report.Item item : report.findings()) {
            items.add(mark(report.transcript(), item, waivers, used, notes));
        }
        for (Waiver w : waivers) {
            if (!used.contains(w))
                notes.add("waiver for " + w.rule() + (w.turn() == null ? "" : " in turn " + w.turn())
                        + " matched no finding");
        }
        List<Report.Item> counted = items.stream().filter(Report.Item::counts).toList();
        Score score = counted.size() == items.size()
                ? report.score()
                : scorer.apply(
                        counted.stream().map(Report.Item::rule).toList(),
                        report.score().notApplicable());
        List<String> failures = new ArrayList<>();
        checkThresholds(score, counted, failures);
        if (expectation != null) checkExpectation(expectation, score, items, counted, failures);
        return report.judged(items, new Verdict(suite, score.overall(), failures, notes));
    }

    private Report.Item mark(
            Report.TranscriptInfo t, Report.Item item, List<Waiver> waivers, List<Waiver> used, List<String> notes) {
        for (Waiver w : waivers) {
            if (!w.covers(item.rule(), item.turn())) continue;
            used.add(w);
            if (w.expiredOn(today)) {
                String note = "waiver expired on " + w.expires() + ": " + w.reason();
                notes.add(item.rule() + " in turn " + item.turn() + " counts again: " + note);
                return countsAfterBaseline(t, item.with(null, note));
            }
            return item.with(
                    Report.Item.WAIVED, w.reason() + (w.expires() == null ? "" : " (until " + w.expires() + ")"));
        }
        return countsAfterBaseline(t, item);
    }

    private Report.Item countsAfterBaseline(Report.TranscriptInfo t, Report.Item item) {
        if (baseline == null) return item;
        Fingerprint f = Fingerprint.of(t, item);
        if (recordBaseline) {
            baseline.add(f);
            return item.with(Report.Item.BASELINED, "recorded in the baseline");
        }
        return baseline.absorb(f) ? item.with(Report.Item.BASELINED, "in the baseline") : item;
    }

    private void checkThresholds(Score score, List<Report.Item> counted, List<String> failures) {
        if (thresholds.failUnder() != null && score.overall() < thresholds.failUnder()) {
            failures.add("score " + num(score.overall()) + " is under --fail-under " + num(thresholds.failUnder()));
        }
        if (thresholds.failOn() != null) {
            for (Report.Item i : counted) {
                if (i.severity().compareTo(thresholds.failOn()) <= 0) {
                    failures.add(i.rule() + " (" + i.severity().label() + ") in turn " + i.turn()
                            + " is at or above --fail-on " + thresholds.failOn().label());
                }
            }
        }
    }

    private static void checkExpectation(
            Expectation e, Score score, List<Report.Item> all, List<Report.Item> counted, List<String> failures) {
        if (e.minScore() != null) {
            if (score.overall() < e.minScore()) {
                failures.add("score " + num(score.overall()) + " is under the expected minimum " + num(e.minScore()));
            }
        } else if (score.criticalFailure()) {
            failures.add("a critical finding fails the scorecard");
        } else if (score.overall() < score.passMark()) {
            failures.add(
                    "score " + num(score.overall()) + " is under the scorecard's pass mark " + num(score.passMark()));
        }
        if (e.maxSeverity() != null) {
            for (Report.Item i : counted) {
                if (i.severity().compareTo(e.maxSeverity()) < 0) {
                    failures.add(i.rule() + " (" + i.severity().label() + ") in turn " + i.turn()
                            + " is worse than the expected maximum severity "
                            + e.maxSeverity().label());
                }
            }
        }
        if (e.mustNotFire() != null) {
            for (Report.Item i : counted) {
                if (e.mustNotFire().contains(i.rule())) {
                    failures.add(i.rule() + " must not fire but flagged turn " + i.turn()
                            + (i.quote() == null ? "" : " (\"" + i.quote() + "\")"));
                }
            }
        }
        if (e.mustFire() != null) {
            for (String rule : e.mustFire()) {
                if (all.stream().noneMatch(i -> i.rule().equals(rule))) failures.add(rule + " must fire but did not");
            }
        }
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
