package org.cxlint.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Scores files on a bounded pool of worker threads (one shared {@link Linter}: one CoreNLP pipeline, one
 * compiled rule base) and hands the results to the sink <em>in input order</em>, so the output is
 * byte-identical to a one-thread run. At most {@code window} files are in flight or waiting to be emitted,
 * so memory stays flat whatever the batch size. A file that cannot be read, or whose scoring throws, is
 * reported as an error and the batch goes on; results already emitted are never lost.
 */
final class BatchRunner {
    /** Receives results in input order, on the thread that called {@link #run}. */
    interface Sink {
        void report(Transcript transcript, Report report);

        void error(InputError error);
    }

    /** What one file yields: scored transcripts and errors (a JSON Lines or CSV file holds many). */
    record Result(Transcript transcript, Report report, InputError error) {
        static Result ok(Transcript t, Report r) {
            return new Result(t, r, null);
        }

        static Result failed(InputError e) {
            return new Result(null, null, e);
        }
    }

    /** Reads one file ({@link Ingest#read}). */
    interface Reader {
        ReadResult read(Path file) throws InputException;
    }

    /** Scores one transcript ({@link Linter#score}). */
    interface Scoring {
        Report score(Transcript t);
    }

    private final Reader reader;
    private final Scoring scoring;
    private final BiFunction<Transcript, Report, Report> judge;
    private final int threads;

    BatchRunner(Linter linter, Ingest ingest) {
        this(linter, ingest, (t, r) -> r, 1);
    }

    /**
     * @param judge   applied to each report before it is counted and sent on (the CI gate); called on the
     *                emitting thread, in input order, so a gate that records (a baseline) sees a fixed order
     * @param threads worker threads; 1 scores on the calling thread
     */
    BatchRunner(Linter linter, Ingest ingest, BiFunction<Transcript, Report, Report> judge, int threads) {
        this(ingest::read, linter::score, judge, threads);
    }

    /** The same runner with {@code after} applied to each judged report (links to recordings). */
    BatchRunner then(java.util.function.UnaryOperator<Report> after) {
        BiFunction<Transcript, Report, Report> first = judge;
        return new BatchRunner(reader, scoring, (t, r) -> after.apply(first.apply(t, r)), threads);
    }

    BatchRunner(Reader reader, Scoring scoring, BiFunction<Transcript, Report, Report> judge, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.reader = reader;
        this.scoring = scoring;
        this.judge = judge;
        this.threads = threads;
    }

    /**
     * Reads and scores one file: every transcript it holds, and every record that could not be read. Nothing
     * one file does stops the batch: an exception while reading it becomes the file's error, one while scoring
     * a transcript that transcript's, with a plain reason (no exception types; CXLINT_DEBUG prints the trace).
     * Only broken rules (not this file's fault) stop the run.
     */
    List<Result> process(Path file) {
        ReadResult read;
        try {
            read = reader.read(file);
        } catch (InputException e) {
            return List.of(Result.failed(new InputError(e.file(), e.reason())));
        } catch (RuntimeException | StackOverflowError e) {
            debug(file.toString(), e);
            return List.of(Result.failed(new InputError(file.toString(),
                    "could not be read: cxlint failed on this file (an internal error; please report it)")));
        }
        List<Result> out = new java.util.ArrayList<>();
        for (InputException e : read.errors()) out.add(Result.failed(new InputError(e.file(), e.reason())));
        for (Transcript t : read.transcripts()) {
            try {
                out.add(Result.ok(t, scoring.score(t)));
            } catch (RuntimeException | StackOverflowError e) {
                if (e instanceof org.cxlint.rules.RulesException) throw e; // the rules are broken: stop, it is not this file
                // an unscorable transcript is explained by its message; anything else is a bug in cxlint
                String why = e instanceof org.cxlint.UnscorableException ? e.getMessage()
                        : "cxlint failed on this transcript (an internal error; please report it)";
                if (!(e instanceof org.cxlint.UnscorableException)) debug(t.source(), e);
                out.add(Result.failed(new InputError(t.source(), "could not be scored: " + why)));
            }
        }
        return out;
    }

    /** With CXLINT_DEBUG set, the stack trace a bug report needs; never otherwise. */
    private static void debug(String source, Throwable e) {
        if (System.getenv("CXLINT_DEBUG") == null) return;
        synchronized (System.err) {
            System.err.println("cxlint: " + source + ": internal error:");
            e.printStackTrace(System.err);
        }
    }

    Summary run(List<Path> files, Sink sink) {
        Tally tally = new Tally(files.size());
        if (threads == 1 || files.size() < 2) {
            for (Path file : files) emit(process(file), sink, tally);
            return tally.summary();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), daemonThreads());
        int window = (int) Math.min(threads * 4L, 4096);
        ArrayDeque<Future<List<Result>>> pending = new ArrayDeque<>();
        try {
            for (Path file : files) {
                if (pending.size() >= window) emit(next(pending), sink, tally);
                pending.add(pool.submit(() -> process(file)));
            }
            while (!pending.isEmpty()) emit(next(pending), sink, tally);
        } finally {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        return tally.summary();
    }

    private static List<Result> next(ArrayDeque<Future<List<Result>>> pending) {
        try {
            return pending.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private void emit(List<Result> results, Sink sink, Tally tally) {
        for (Result res : results) {
            if (res.error() != null) {
                tally.errors++;
                sink.error(res.error());
                continue;
            }
            Report r;
            try {
                r = judge.apply(res.transcript(), res.report());
            } catch (RuntimeException e) {
                debug(res.transcript().source(), e);
                tally.errors++;
                sink.error(new InputError(res.transcript().source(),
                        "could not be judged: cxlint failed on this transcript (an internal error; please report it)"));
                continue;
            }
            tally.add(r);
            sink.report(res.transcript(), r);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "cxlint-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Running totals: constant memory in the number of transcripts. */
    private static final class Tally {
        final int files;
        int scored, errors, passed, findings, strengths, notCounted, judged, rejected;
        double total;

        Tally(int files) {
            this.files = files;
        }

        void add(Report r) {
            if (r.verdict() != null) {
                judged++;
                if (r.verdict().failed()) rejected++;
            }
            scored++;
            total += r.score().overall();
            if (r.score().pass()) passed++;
            for (Report.Item f : r.findings()) {
                if (!f.counts()) notCounted++;
                else if (f.isStrength()) strengths++;
                else findings++;
            }
        }

        Summary summary() {
            Double mean = scored == 0 ? null : Math.round(total / scored * 10) / 10.0;
            return new Summary(files, scored, errors, passed, scored - passed, mean, findings, strengths, notCounted,
                    judged == 0 ? null : rejected);
        }
    }
}
