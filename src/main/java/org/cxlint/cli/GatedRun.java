package org.cxlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cxlint.Linter;
import org.cxlint.gate.Baseline;
import org.cxlint.gate.Gate;
import org.cxlint.gate.Thresholds;
import org.cxlint.ingest.Ingest;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.Manifest;
import org.cxlint.ingest.MetadataSources;
import org.cxlint.ingest.Records;
import org.cxlint.model.Transcript;
import org.cxlint.report.MediaLinks;
import org.cxlint.report.RenderContext;
import org.cxlint.report.Renderer;
import org.cxlint.report.ReportWriteException;
import org.cxlint.report.SafeText;
import org.cxlint.result.Breakdown;
import org.cxlint.result.InputError;
import org.cxlint.result.Json;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;
import org.cxlint.run.Batch;
import org.cxlint.run.Scoring;
import org.cxlint.serve.Calls;
import org.cxlint.serve.Store;
import picocli.CommandLine;

/**
 * One scoring run with its report and, when asked for, the CI gate; returns the exit code. {@code score} and
 * {@code check} differ only in their {@link Plan}: which files they read and what each is expected to do.
 * Scoring, waivers, gating and each input's errors are the run API's ({@link Scoring}, {@link Batch}); this
 * class wires the command's options to it and owns what only a command line has (output files, progress,
 * resume, exit code).
 */
final class GatedRun {
    /** How many skipped files the closing stderr line names; the rest are counted. */
    static final int SKIPPED_NAMED = 5;

    /**
     * What a command asks for.
     *
     * @param unreadable  inputs already known not to be readable (a directory that could not be listed), with
     *                    why; each is also in {@code files}, where it is reported
     * @param scanned     files found by scanning a folder (not named one by one): skipped, not errors, when no
     *                    known format recognises them
     * @param scripts     the suite and expectation of a transcript's source; null for thresholds only
     * @param alwaysJudge whether every report gets a verdict ({@code check}) or only when a gate option is given
     * @param ruleIds     given the loaded rules' ids, throws a usage error when the run names one that is not
     *                    among them (an expectation's mustFire)
     */
    record Plan(
            List<Path> files,
            Map<Path, String> unreadable,
            Set<Path> scanned,
            Function<String, Scoring.Scripted> scripts,
            boolean alwaysJudge,
            Consumer<Set<String>> ruleIds) {}

    /** A failure that ends the run with exit 1 after one line on stderr (a file that cannot be written). */
    private static final class Stop extends Exception {
        Stop(String message) {
            super(message);
        }
    }

    private final CommandLine cl;
    private final ReportOptions ro;
    private final GateOptions go;
    private final PrintWriter err;

    private GatedRun(CommandLine cl, ReportOptions ro, GateOptions go) {
        this.cl = cl;
        this.ro = ro;
        this.go = go;
        this.err = cl.getErr();
    }

    static int execute(CommandLine cl, ReportOptions ro, GateOptions go, Plan plan) throws Exception {
        GatedRun run = new GatedRun(cl, ro, go);
        try {
            return run.execute(plan);
        } catch (Stop e) {
            run.err.println("cxlint: " + e.getMessage());
            run.err.flush();
            return ExitCode.ERROR.code;
        }
    }

    private int execute(Plan plan) throws Exception {
        ro.settle(cl);
        Renderer renderer = ro.renderer(cl);
        MediaLinks media = ro.coach.media(cl);
        MetadataSources metadata = ro.coach.metadata(cl, plan.files());
        List<Path> files = withoutManifests(plan.files(), metadata);
        Thresholds thresholds = go.thresholds(cl);
        Baseline baseline = go.baseline(cl);
        prepare(renderer, files.size());
        int threads = ro.threads(cl);
        java.time.Duration budget = ro.transcriptTimeout(cl);
        Resume resume = resume(renderer, files);
        Linter linter = ro.linter();
        Calls store = store(linter);
        plan.ruleIds().accept(linter.rules().keySet());
        boolean judging = plan.alwaysJudge() || thresholds.any() || baseline != null;
        Scoring scoring = Scoring.gated(
                linter,
                new Gate(thresholds, baseline, go.updateBaseline, go.today(), linter::scoreOf),
                judging,
                plan.scripts());
        if (media != null) scoring = scoring.then(media::apply);
        Batch batch = new Batch(opener(ro.ingest(linter), plan.unreadable(), metadata), scoring, threads)
                .skipping(plan.scanned()::contains)
                .budget(budget);
        if (resume != null) batch.resuming(resume);

        Breakdown breakdown = new Breakdown(linter.settings().scoreBands());
        Summary summary = report(batch, files, renderer, linter, store, resume, breakdown);
        if (ro.resume == null) unusedManifestEntries(metadata);
        writeSummaryFile(breakdown);
        saveBaseline(baseline);
        err.flush();
        if (summary.gateFailures() != null && summary.gateFailures() > 0) return ExitCode.FINDINGS.code;
        return summary.errors() > 0 ? ExitCode.INPUT_ERRORS.code : ExitCode.OK.code;
    }

    /** The manifest describes the transcripts; in a scanned folder it is not one of them. */
    private static List<Path> withoutManifests(List<Path> files, MetadataSources metadata) {
        for (Manifest m : metadata.manifests()) {
            Path mf = m.file().toAbsolutePath().normalize();
            files = files.stream()
                    .filter(f -> !f.toAbsolutePath().normalize().equals(mf))
                    .toList();
        }
        return files;
    }

    private void prepare(Renderer renderer, int inputs) {
        try {
            renderer.prepare(new RenderContext(ro.coach.selection(cl), ro.output, inputs));
        } catch (RenderContext.Unusable e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    private Resume resume(Renderer renderer, List<Path> files) throws Stop {
        if (ro.resume == null) return null;
        if (!renderer.name().equals("jsonl"))
            throw new CommandLine.ParameterException(cl, "--resume needs --format jsonl");
        ro.checkResume(cl);
        Resume resume;
        try {
            resume = Resume.read(ro.resume, files);
        } catch (IOException e) {
            throw new Stop("cannot read --resume " + ro.resume + ": " + InputPaths.reason(e));
        }
        err.println("cxlint: resuming " + ro.resume + ": " + resume.rows() + " rows already written, from "
                + resume.inputsStarted() + " of " + files.size() + " inputs; scoring the rest");
        return resume;
    }

    private Calls store(Linter linter) throws Stop {
        if (ro.store == null) return null;
        try {
            return new Calls(linter, Store.open(ro.store));
        } catch (Store.StoreException e) {
            throw new Stop("--store: " + e.getMessage());
        }
    }

    private static Batch.Opener opener(Ingest ingest, Map<Path, String> unreadable, MetadataSources metadata) {
        return path -> {
            String why = unreadable.get(path);
            if (why != null) throw new InputException(path.toString(), why);
            Records records = ingest.open(path);
            return metadata.isEmpty() ? records : records.map(t -> metadata.apply(t, path));
        };
    }

    /** Runs the batch into the report: standard output, {@code -o FILE}, or the file being resumed. */
    private Summary report(
            Batch batch,
            List<Path> files,
            Renderer renderer,
            Linter linter,
            Calls store,
            Resume resume,
            Breakdown breakdown)
            throws Stop {
        PrintWriter resumed = resume == null ? null : appendTo(ro.resume);
        // opened once the run can go ahead, so a usage error leaves an older report as it was
        OutputFile toFile = ro.output != null && !renderer.writesFolder() ? OutputFile.open(ro.output) : null;
        PrintWriter out = toFile != null ? toFile.writer() : resumed != null ? resumed : cl.getOut();
        renderer.rules(linter.rules().values());
        renderer.start(out);
        List<String> skipped = new ArrayList<>();
        Summary summary;
        try (Progress progress = Progress.open(files.size(), !ro.noProgress)) {
            summary = batch.run(files, sink(renderer, out, store, breakdown, skipped, progress));
        }
        if (summary.skipped() != null) skippedLine(summary.skipped(), skipped);
        renderer.end(out, summary, breakdown);
        if (store != null) store.store().close();
        if (toFile != null) toFile.close();
        if (resumed != null) {
            resumed.close();
            if (resumed.checkError()) throw new Stop("cannot write " + ro.resume);
        }
        return summary;
    }

    private static PrintWriter appendTo(Path file) throws Stop {
        try {
            return new PrintWriter(Files.newBufferedWriter(
                    file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new Stop("cannot write --resume " + file + ": " + InputPaths.reason(e));
        }
    }

    private Batch.Sink sink(
            Renderer renderer,
            PrintWriter out,
            Calls store,
            Breakdown breakdown,
            List<String> skipped,
            Progress progress) {
        return new Batch.Sink() {
            @Override
            public void report(Transcript transcript, Report report) {
                if (store != null) {
                    try {
                        store.save(transcript, report, "batch");
                    } catch (Store.StoreException e) {
                        throw new ReportWriteException("--store: " + e.getMessage());
                    }
                }
                breakdown.add(report);
                renderer.report(out, report, transcript);
                progress.step();
            }

            @Override
            public void error(InputError error) {
                progress.println("cxlint: " + SafeText.terminal(error.file() + ": " + error.reason()), err);
                renderer.error(out, error);
                progress.step();
            }

            @Override
            public void skipped(InputError file) {
                if (skipped.size() < SKIPPED_NAMED) skipped.add(file.file());
                progress.step();
            }
        };
    }

    private void skippedLine(int count, List<String> named) {
        int more = count - named.size();
        err.println(SafeText.terminal("cxlint: skipped " + count + " file" + (count == 1 ? "" : "s")
                + " that no known format recognises (not transcripts; name a file to see why): "
                + String.join(", ", named)
                + (more > 0 ? ", and " + more + " more" : "")));
    }

    /** A resumed run scores only part of the inputs, so unmatched entries would mean nothing: not called then. */
    private void unusedManifestEntries(MetadataSources metadata) {
        for (Manifest m : metadata.manifests()) {
            List<String> unused = m.unused();
            if (unused.isEmpty()) continue;
            err.println("cxlint: manifest " + m.file() + ": " + unused.size() + " of " + m.size()
                    + " entries matched no transcript: "
                    + String.join(", ", unused.subList(0, Math.min(3, unused.size())))
                    + (unused.size() > 3 ? ", ..." : ""));
        }
    }

    private void writeSummaryFile(Breakdown breakdown) throws Stop {
        if (ro.summary == null) return;
        try {
            Path parent = ro.summary.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(ro.summary, Json.pretty(breakdown.view()) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Stop("cannot write summary " + ro.summary + ": " + e.getMessage());
        }
    }

    private void saveBaseline(Baseline baseline) throws Stop {
        if (!go.updateBaseline) return;
        try {
            baseline.save(go.baseline);
        } catch (Baseline.BaselineException e) {
            throw new Stop(e.getMessage());
        }
        err.println("cxlint: wrote baseline " + go.baseline);
    }
}
