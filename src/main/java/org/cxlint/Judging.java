package org.cxlint;

import org.cxlint.gate.Expectation;
import org.cxlint.gate.Gate;
import org.cxlint.gate.Thresholds;
import java.time.LocalDate;
import java.util.List;
import org.cxlint.model.Transcript;
import org.cxlint.model.Waiver;
import org.cxlint.result.Report;

/**
 * What every scoring run does with a fresh report, in one place so the CLI, the service and stored batch
 * results cannot drift apart: waivers are always marked; a verdict is added only when a gate was asked for.
 */
public final class Judging {
    private Judging() {}

    /** @param judging whether thresholds, a baseline or expectations are in force (a verdict is wanted) */
    public static Report judge(Gate gate, boolean judging, Report report, List<Waiver> waivers, String suite,
                               Expectation expectation) {
        if (!judging && waivers.isEmpty()) return report;
        Report j = gate.judge(report, waivers, suite, expectation);
        // a plain score run still shows waivers, but no verdict nobody asked for
        return judging ? j : j.judged(j.findings(), null);
    }

    /** {@code cxlint score} without gate options: the report exactly as its JSON output holds it. */
    public static Report plain(Linter linter, Transcript t, LocalDate today) {
        Gate gate = new Gate(Thresholds.NONE, null, false, today, linter::scoreOf);
        return judge(gate, false, linter.score(t), t.waivers(), null, null);
    }
}
