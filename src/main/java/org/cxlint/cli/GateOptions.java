package org.cxlint.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cxlint.gate.Baseline;
import org.cxlint.gate.Thresholds;
import org.cxlint.rules.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The CI controls shared by {@code score} and {@code check}. */
final class GateOptions {
    @Option(
            names = "--fail-under",
            paramLabel = "SCORE",
            description =
                    "Exit 4 when a transcript's score (counting only findings that are not waived or baselined) is under SCORE.")
    Double failUnder;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            description =
                    "Exit 4 when a counted finding is this severe or worse (critical, major, minor, info, strength).")
    String failOn;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Findings recorded in FILE are reported as baselined and do not count.")
    Path baseline;

    @Option(
            names = "--update-baseline",
            description =
                    "Write every counted finding of this run to the --baseline file (replacing it), then exit as if all were baselined.")
    boolean updateBaseline;

    @Option(
            names = "--today",
            paramLabel = "DATE",
            description = "The date waiver expiry is judged against (yyyy-mm-dd). Default: today in UTC.")
    LocalDate today;

    Thresholds thresholds(CommandLine cl) {
        if (failUnder != null && !(failUnder >= 0 && failUnder <= 100)) { // also NaN
            throw new CommandLine.ParameterException(cl, "--fail-under must be between 0 and 100, not " + failUnder);
        }
        Severity severity = null;
        if (failOn != null) {
            try {
                severity = Severity.parse(failOn);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--fail-on: " + e.getMessage());
            }
        }
        return new Thresholds(failUnder, severity);
    }

    /** The baseline in force: null without --baseline, empty and recording with --update-baseline. */
    Baseline baseline(CommandLine cl) {
        if (updateBaseline && baseline == null) {
            throw new CommandLine.ParameterException(cl, "--update-baseline needs --baseline FILE to write to");
        }
        if (baseline == null) return null;
        if (updateBaseline) return Baseline.empty();
        try {
            return Baseline.load(baseline);
        } catch (Baseline.BaselineException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    LocalDate today() {
        return today != null ? today : LocalDate.now(ZoneOffset.UTC);
    }
}
