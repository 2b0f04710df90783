package org.cxlint.result;

import java.util.List;
import java.util.Locale;
import org.cxlint.facts.Interruption;
import org.cxlint.facts.ResponseLatency;
import org.cxlint.facts.Silence;
import org.cxlint.model.Turn;

/** The measurement behind a timing finding, as a report shows it. */
public final class TimingEvidence {
    private TimingEvidence() {}

    /**
     * @param fact  the timing fact the finding's rule matched, or null
     * @param turns the transcript's turns with only usable times
     */
    public static Report.Evidence of(Object fact, List<Turn> turns) {
        if (fact instanceof Interruption i) {
            Turn cut = turns.get(i.interrupted());
            return new Report.Evidence(
                    "overlap",
                    i.overlapSeconds(),
                    i.interrupted() + 1,
                    String.format(
                            Locale.ROOT,
                            "%s started %s before the %s finished turn %d",
                            i.by().label(),
                            secs(i.overlapSeconds()),
                            cut.speaker().label(),
                            i.interrupted() + 1));
        }
        if (fact instanceof Silence s) {
            Turn after = turns.get(s.afterTurn());
            String when = after.end() == null
                    ? ""
                    : " (" + Clock.of(after.end()) + "-" + Clock.of(after.end() + s.seconds()) + ")";
            return new Report.Evidence(
                    "silence",
                    s.seconds(),
                    s.afterTurn() + 1,
                    String.format(
                            Locale.ROOT, "%s of silence after turn %d%s", secs(s.seconds()), s.afterTurn() + 1, when));
        }
        if (fact instanceof ResponseLatency l) {
            return new Report.Evidence(
                    "wait",
                    l.seconds(),
                    l.turn(),
                    String.format(
                            Locale.ROOT,
                            "the customer waited %s for this reply after turn %d",
                            secs(l.seconds()),
                            l.turn()));
        }
        return null;
    }

    static String secs(double s) {
        return String.format(Locale.ROOT, s >= 100 ? "%.0f s" : "%.1f s", s);
    }
}
