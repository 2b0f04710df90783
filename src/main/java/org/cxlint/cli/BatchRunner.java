package org.cxlint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.cxlint.Linter;
import org.cxlint.ingest.Ingest;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.ReadResult;
import org.cxlint.model.Transcript;
import org.cxlint.report.InputError;
import org.cxlint.report.Report;
import org.cxlint.report.Summary;

/**
 * Scores files in order; a file (or one record of a many-transcript file) that cannot be read is
 * reported and the batch goes on.
 */
final class BatchRunner {
    /** Receives results in input order. */
    interface Sink {
        void report(Report report);

        void error(InputError error);
    }

    private final Linter linter;
    private final Ingest ingest;
    private final BiFunction<Transcript, Report, Report> judge;

    BatchRunner(Linter linter, Ingest ingest) {
        this(linter, ingest, (t, r) -> r);
    }

    /** @param judge applied to each report before it is counted and sent on (the CI gate) */
    BatchRunner(Linter linter, Ingest ingest, BiFunction<Transcript, Report, Report> judge) {
        this.linter = linter;
        this.ingest = ingest;
        this.judge = judge;
    }

    Summary run(List<Path> files, Sink sink) {
        int scored = 0, failed = 0, passed = 0, findings = 0, judged = 0, rejected = 0;
        double total = 0;
        for (Path file : files) {
            ReadResult read;
            try {
                read = ingest.read(file);
            } catch (InputException e) {
                failed++;
                sink.error(new InputError(e.file(), e.reason()));
                continue;
            }
            for (InputException e : read.errors()) {
                failed++;
                sink.error(new InputError(e.file(), e.reason()));
            }
            for (Transcript t : read.transcripts()) {
                Report r = judge.apply(t, linter.score(t));
                if (r.verdict() != null) {
                    judged++;
                    if (r.verdict().failed()) rejected++;
                }
                scored++;
                total += r.score().overall();
                if (r.score().pass()) passed++;
                findings += r.findings().size();
                sink.report(r);
            }
        }
        Double mean = scored == 0 ? null : Math.round(total / scored * 10) / 10.0;
        return new Summary(files.size(), scored, failed, passed, mean, findings, judged == 0 ? null : rejected);
    }
}
