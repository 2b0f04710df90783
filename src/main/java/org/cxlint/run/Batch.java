package org.cxlint.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.cxlint.Linter;
import org.cxlint.ingest.Ingest;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.Isolation;
import org.cxlint.ingest.ReadResult;
import org.cxlint.ingest.Records;
import org.cxlint.model.Transcript;
import org.cxlint.result.InputError;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;

/**
 * Scores a batch on a bounded pool of worker threads (one shared {@link Linter}: one CoreNLP pipeline, one
 * compiled rule base) and hands the results to the sink <em>in input order</em>, so the output is
 * byte-identical to a one-thread run. Files are opened one after another (a large JSON Lines file yields a
 * record at a time) and each transcript is scored as its own task; at most {@code window} transcripts are in
 * flight or waiting to be emitted, so memory stays flat whatever the batch or file size.
 *
 * <p>Nothing one input does stops the batch ({@link Isolation}): a file that cannot be read, a record, a
 * transcript whose scoring throws, or one that takes longer than the time budget becomes that input's error
 * row. A transcript over budget is left to finish on its own thread (CoreNLP and regular expressions cannot
 * be interrupted) and the pool gets a thread in its place.
 */
public final class Batch {
    /** Receives results in input order, on the thread that called {@link #run}. */
    public interface Sink {
        void report(Transcript transcript, Report report);

        void error(InputError error);

        /** A file in a scanned folder that no known format recognised: not a transcript, not an error. */
        default void skipped(InputError skipped) {}
    }

    /** Reads one file whole ({@link Ingest#read}). */
    public interface Reader {
        ReadResult read(Path file) throws InputException;
    }

    /** Opens one file's records ({@link Ingest#open}). */
    public interface Opener {
        Records open(Path file) throws InputException;
    }

    /**
     * Results an earlier run already wrote ({@code --resume}): result number {@code ordinal} (0-based, in the
     * order one file's results are emitted) of {@code file}, whose source is {@code source}.
     */
    public interface Done {
        boolean done(Path file, int ordinal, String source);

        Done NONE = (file, ordinal, source) -> false;
    }

    /** The default time budget of one transcript: generous, CoreNLP takes seconds on the longest real calls. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(120);

    private final Opener opener;
    private final Scoring scoring;
    private final int threads;
    private Done done = Done.NONE;
    private java.util.function.Predicate<Path> skippable = file -> false;
    private Duration budget = DEFAULT_BUDGET;

    /**
     * @param scoring scores each transcript on a worker thread, then judges it on the emitting thread, in input
     *                order, so a gate that records (a baseline) sees a fixed order
     * @param threads worker threads
     */
    public Batch(Opener opener, Scoring scoring, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.opener = opener;
        this.scoring = scoring;
        this.threads = threads;
    }

    /** Reads each file whole ({@link Ingest#read}). */
    public static Batch reading(Reader reader, Scoring scoring, int threads) {
        return new Batch(file -> Records.of(reader.read(file)), scoring, threads);
    }

    /** Reads through {@code ingest}: a large JSON Lines file a record at a time. */
    public static Batch opening(Ingest ingest, Scoring scoring, int threads) {
        return new Batch(ingest::open, scoring, threads);
    }

    /** Files that are skipped, not reported as errors, when no known format recognises them (found by a folder scan). */
    public Batch skipping(java.util.function.Predicate<Path> files) {
        this.skippable = files;
        return this;
    }

    /** Leaves out the results {@code done} says were already written: they are neither scored nor emitted. */
    public Batch resuming(Done done) {
        this.done = done;
        return this;
    }

    /** How long one file's opening, or one transcript's scoring, may take; zero for no limit. */
    public Batch budget(Duration budget) {
        this.budget = budget;
        return this;
    }

    /** One result in the output order: ready now (an error), or a task on the pool. */
    private static final class Slot<T> {
        final String source;
        final Outcome ready;
        /** 0 running or waiting, 1 finished, 2 abandoned over budget. */
        final AtomicInteger state = new AtomicInteger();

        final AtomicLong started = new AtomicLong();
        Future<T> future;

        Slot(String source, Outcome ready) {
            this.source = source;
            this.ready = ready;
        }
    }

    public Summary run(java.util.List<Path> files, Sink sink) {
        Tally tally = new Tally(files.size());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads("cxlint-worker-"));
        int window = (int) Math.min(threads * 4L, 4096);
        // files are opened on a thread of their own, so reading the next one never queues behind scoring
        ThreadPoolExecutor readers = new ThreadPoolExecutor(
                1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads("cxlint-reader-"));
        ArrayDeque<Slot<Outcome>> pending = new ArrayDeque<>();
        try {
            for (Path file : files) {
                Records records = open(readers, file, pending, window, sink, tally, pool);
                if (records == null) continue;
                try (records) {
                    int ordinal = 0;
                    while (true) {
                        Records.Item item;
                        try {
                            item = records.next();
                        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                            // the reader itself broke part-way: this file's error, the rest of the file is lost
                            String source = file.toString();
                            if (!done.done(file, ordinal, source)) {
                                add(
                                        pending,
                                        new Slot<>(
                                                source,
                                                Outcome.failed(
                                                        source,
                                                        Isolation.reason(Isolation.Stage.READ, source, "file", e))),
                                        window,
                                        sink,
                                        tally,
                                        pool);
                            }
                            break;
                        }
                        if (item == null) break;
                        String source = item.error() != null
                                ? item.error().file()
                                : item.transcript().source();
                        if (done.done(file, ordinal++, source)) continue;
                        if (item.error() != null) {
                            add(
                                    pending,
                                    new Slot<>(
                                            source,
                                            Outcome.failed(source, item.error().reason())),
                                    window,
                                    sink,
                                    tally,
                                    pool);
                        } else {
                            Transcript t = item.transcript();
                            Slot<Outcome> slot = new Slot<>(source, null);
                            slot.future = pool.submit(task(slot, pool, () -> scoring.score(t)));
                            add(pending, slot, window, sink, tally, pool);
                        }
                    }
                }
            }
            while (!pending.isEmpty()) emit(result(pending.poll(), pool), sink, tally);
        } finally {
            pending.forEach(s -> {
                if (s.future != null) s.future.cancel(true);
            });
            pool.shutdownNow();
            readers.shutdownNow();
        }
        return tally.summary();
    }

    /** Opens a file on the pool, within the budget; null (after queuing its error row) when it cannot be opened. */
    private Records open(
            ThreadPoolExecutor readers,
            Path file,
            ArrayDeque<Slot<Outcome>> pending,
            int window,
            Sink sink,
            Tally tally,
            ThreadPoolExecutor pool) {
        String source = file.toString();
        Slot<Records> slot = new Slot<>(source, null);
        slot.future = readers.submit(task(slot, readers, () -> opener.open(file)));
        String why;
        try {
            return await(slot, readers);
        } catch (TimeoutException e) {
            why = "could not be read: took longer than " + seconds() + " (--transcript-timeout)";
        } catch (InputException e) {
            if (e instanceof org.cxlint.ingest.UnrecognisedFormatException && skippable.test(file)) {
                if (!done.done(file, 0, source))
                    add(pending, new Slot<>(source, Outcome.skipped(e.file(), e.reason())), window, sink, tally, pool);
                return null;
            }
            why = e.reason();
        } catch (Throwable e) {
            why = Isolation.reason(Isolation.Stage.READ, source, "file", e);
        }
        if (!done.done(file, 0, source))
            add(pending, new Slot<>(source, Outcome.failed(source, why)), window, sink, tally, pool);
        return null;
    }

    private <T> Callable<T> task(Slot<T> slot, ThreadPoolExecutor pool, Callable<T> work) {
        return () -> {
            slot.started.set(System.nanoTime());
            try {
                return work.call();
            } finally {
                // an abandoned task gives its extra thread back when it does finish
                if (!slot.state.compareAndSet(0, 1)) resize(pool, -1);
            }
        };
    }

    private void add(
            ArrayDeque<Slot<Outcome>> pending,
            Slot<Outcome> slot,
            int window,
            Sink sink,
            Tally tally,
            ThreadPoolExecutor pool) {
        while (pending.size() >= window) emit(result(pending.poll(), pool), sink, tally);
        pending.add(slot);
    }

    private Outcome result(Slot<Outcome> slot, ThreadPoolExecutor pool) {
        if (slot.ready != null) return slot.ready;
        try {
            return await(slot, pool);
        } catch (TimeoutException e) {
            return Outcome.failed(
                    slot.source,
                    "could not be scored: took longer than " + seconds()
                            + " (--transcript-timeout); left out, the batch goes on");
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The task's value; TimeoutException when it has run longer than the budget (it is then abandoned). */
    private <T> T await(Slot<T> slot, ThreadPoolExecutor pool) throws Exception {
        long budgetNanos = budget.toNanos();
        while (true) {
            long started = slot.started.get();
            long wait = TimeUnit.MILLISECONDS.toNanos(50);
            if (budgetNanos > 0 && started != 0) {
                long left = budgetNanos - (System.nanoTime() - started);
                if (left <= 0 && slot.state.compareAndSet(0, 2)) {
                    slot.future.cancel(true);
                    resize(pool, +1);
                    throw new TimeoutException();
                }
                wait = Math.max(left, 1);
            } else if (budgetNanos == 0 || started != 0) {
                wait = Long.MAX_VALUE;
            }
            try {
                return slot.future.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // not started yet, or budget reached: look again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception ex) throw ex;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            } catch (java.util.concurrent.CancellationException e) {
                throw new TimeoutException();
            }
        }
    }

    /** A thread stuck on an abandoned task is replaced, so the batch keeps its parallelism. */
    private static void resize(ThreadPoolExecutor pool, int by) {
        synchronized (pool) {
            if (by > 0) {
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
                pool.setCorePoolSize(pool.getCorePoolSize() + by);
            } else {
                pool.setCorePoolSize(pool.getCorePoolSize() + by);
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
            }
        }
    }

    private String seconds() {
        long ms = budget.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
    }

    private void emit(Outcome res, Sink sink, Tally tally) {
        if (res.skipped()) {
            tally.skipped++;
            sink.skipped(res.error());
            return;
        }
        Outcome judged = scoring.judge(res);
        if (!judged.isOk()) {
            tally.errors++;
            sink.error(judged.error());
            return;
        }
        tally.add(judged.report());
        sink.report(judged.transcript(), judged.report());
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Running totals: constant memory in the number of transcripts. */
    private static final class Tally {
        final int files;
        int scored, errors, passed, findings, strengths, notCounted, judged, rejected, skipped;
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
            return new Summary(
                    files,
                    scored,
                    errors,
                    passed,
                    scored - passed,
                    mean,
                    findings,
                    strengths,
                    notCounted,
                    judged == 0 ? null : rejected,
                    skipped == 0 ? null : skipped);
        }
    }
}
