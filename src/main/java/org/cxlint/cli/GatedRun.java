package org.cxlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.cxlint.Linter;
import org.cxlint.gate.Baseline;
import org.cxlint.gate.Gate;
import org.cxlint.gate.Thresholds;
import org.cxlint.model.Transcript;
import org.cxlint.result.Breakdown;
import org.cxlint.report.HtmlRenderer;
import org.cxlint.result.InputError;
import org.cxlint.result.Json;
import org.cxlint.report.Renderer;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;
import picocli.CommandLine;

/**
 * One scoring run with its report and, when asked for, the CI gate; returns the exit code.
 * {@code score} and {@code check} differ only in which files they read and what each is expected to do.
 */
final class GatedRun {
    /** The suite and expectation for one file; null from the lookup means "thresholds only". */
    record Scripted(String suite, org.cxlint.gate.Expectation expectation) {}

    /** How many skipped files the closing stderr line names; the rest are counted. */
    static final int SKIPPED_NAMED = 5;

    private GatedRun() {}

    static int execute(CommandLine cl, ReportOptions ro, GateOptions go, List<Path> files,
                       Function<String, Scripted> lookup, boolean alwaysJudge) throws Exception {
        return execute(cl, ro, go, files, java.util.Map.of(), lookup, alwaysJudge, ids -> {});
    }

    /**
     * @param unreadable inputs already known not to be readable (a directory that could not be listed), with
     *                   why; each is also in {@code files}, where it is reported
     * @param ruleIds    given the loaded rules' ids, throws a usage error when the run names one that is not
     *                   among them (an expectation's mustFire)
     */
    static int execute(CommandLine cl, ReportOptions ro, GateOptions go, List<Path> files,
                       java.util.Map<Path, String> unreadable, Function<String, Scripted> lookup, boolean alwaysJudge,
                       java.util.function.Consumer<java.util.Set<String>> ruleIds) throws Exception {
        return execute(cl, ro, go, files, unreadable, java.util.Set.of(), lookup, alwaysJudge, ruleIds);
    }

    /**
     * @param scanned files found by scanning a folder (not named one by one): skipped, not errors, when no
     *                known format recognises them
     */
    static int execute(CommandLine cl, ReportOptions ro, GateOptions go, List<Path> files,
                       java.util.Map<Path, String> unreadable, java.util.Set<Path> scanned, Function<String, Scripted> lookup,
                       boolean alwaysJudge, java.util.function.Consumer<java.util.Set<String>> ruleIds) throws Exception {
        ro.settle(cl);
        Renderer renderer = ro.renderer(cl);
        org.cxlint.report.Selection selection = ro.coach.selection(cl);
        if (renderer instanceof org.cxlint.report.TextRenderer text) text.select(selection);
        if (renderer instanceof HtmlRenderer html) html.select(selection);
        org.cxlint.report.MediaLinks media = ro.coach.media(cl);
        org.cxlint.ingest.MetadataSources metadata = ro.coach.metadata(cl, files);
        // the manifest describes the transcripts; in a scanned folder it is not one of them
        for (org.cxlint.ingest.Manifest m : metadata.manifests()) {
            Path mf = m.file().toAbsolutePath().normalize();
            files = files.stream().filter(f -> !f.toAbsolutePath().normalize().equals(mf)).toList();
        }
        Thresholds thresholds = go.thresholds(cl);
        Baseline baseline = go.baseline(cl);
        if (renderer instanceof HtmlRenderer html) {
            if (ro.output != null) html.outputDir(ro.output);
            else if (files.size() > 1) {
                throw new CommandLine.ParameterException(cl, "--format html with several transcripts needs --output DIR");
            }
        }
        int threads = ro.threads(cl);
        java.time.Duration budget = ro.transcriptTimeout(cl);
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        PrintWriter resumed = null;
        Resume resume = null;
        if (ro.resume != null) {
            if (!renderer.name().equals("jsonl")) throw new CommandLine.ParameterException(cl, "--resume needs --format jsonl");
            ro.checkResume(cl);
            try {
                resume = Resume.read(ro.resume, files);
            } catch (IOException e) {
                err.println("cxlint: cannot read --resume " + ro.resume + ": " + InputPaths.reason(e));
                err.flush();
                return ExitCode.ERROR.code;
            }
            err.println("cxlint: resuming " + ro.resume + ": " + resume.rows() + " rows already written, from "
                    + resume.inputsStarted() + " of " + files.size() + " inputs; scoring the rest");
            try {
                resumed = new PrintWriter(Files.newBufferedWriter(ro.resume, StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND));
            } catch (IOException e) {
                err.println("cxlint: cannot write --resume " + ro.resume + ": " + InputPaths.reason(e));
                err.flush();
                return ExitCode.ERROR.code;
            }
            out = resumed;
        }
        Linter linter = ro.linter();
        org.cxlint.serve.Calls stored = null;
        if (ro.store != null) {
            try {
                stored = new org.cxlint.serve.Calls(linter, org.cxlint.serve.Store.open(ro.store));
            } catch (org.cxlint.serve.Store.StoreException e) {
                err.println("cxlint: --store: " + e.getMessage());
                err.flush();
                return ExitCode.ERROR.code;
            }
        }
        final org.cxlint.serve.Calls store = stored;
        ruleIds.accept(linter.rules().keySet());
        // opened once the run can go ahead, so a usage error leaves an older report as it was
        OutputFile toFile = null;
        if (ro.output != null && !(renderer instanceof HtmlRenderer)) {
            toFile = OutputFile.open(ro.output);
            out = toFile.writer();
        }
        final PrintWriter sinkOut = out;
        boolean judging = alwaysJudge || thresholds.any() || baseline != null;
        Gate gate = new Gate(thresholds, baseline, go.updateBaseline, go.today(), linter::scoreOf);

        renderer.rules(linter.rules().values());
        renderer.start(out);
        org.cxlint.ingest.Ingest ingest = ro.ingest();
        BatchRunner.Opener reader = path -> {
            String why = unreadable.get(path);
            if (why != null) throw new org.cxlint.ingest.InputException(path.toString(), why);
            org.cxlint.ingest.Records records = ingest.open(path);
            return metadata.isEmpty() ? records : records.map(t -> metadata.apply(t, path));
        };
        BatchRunner runner = BatchRunner.opening(reader, linter::score, (Transcript t, Report r) -> {
            if (!judging && t.waivers().isEmpty()) return r;
            Scripted s = lookup.apply(t.source());
            return org.cxlint.Judging.judge(gate, judging, r, t.waivers(), s == null ? null : s.suite(),
                    s == null ? null : s.expectation());
        }, threads).skipping(scanned::contains);
        if (resume != null) runner.resuming(resume);
        runner.budget(budget);
        if (media != null) runner = runner.then(media::apply);
        Breakdown breakdown = new Breakdown();
        List<String> skipped = new java.util.ArrayList<>();
        Summary summary;
        try (Progress progress = Progress.open(files.size(), !ro.noProgress)) {
            summary = runner.run(files, new BatchRunner.Sink() {
                @Override
                public void report(Transcript transcript, Report report) {
                    if (store != null) {
                        try {
                            store.save(transcript, report, "batch");
                        } catch (org.cxlint.serve.Store.StoreException e) {
                            throw new org.cxlint.report.ReportWriteException("--store: " + e.getMessage());
                        }
                    }
                    breakdown.add(report);
                    renderer.report(sinkOut, report, transcript);
                    progress.step();
                }

                @Override
                public void error(InputError error) {
                    progress.println("cxlint: " + org.cxlint.report.SafeText.terminal(error.file() + ": " + error.reason()), err);
                    renderer.error(sinkOut, error);
                    progress.step();
                }

                @Override
                public void skipped(InputError file) {
                    if (skipped.size() < SKIPPED_NAMED) skipped.add(file.file());
                    progress.step();
                }
            });
        }
        if (summary.skipped() != null) {
            int more = summary.skipped() - skipped.size();
            err.println(org.cxlint.report.SafeText.terminal("cxlint: skipped " + summary.skipped() + " file"
                    + (summary.skipped() == 1 ? "" : "s") + " that no known format recognises (not transcripts; name a file to see why): "
                    + String.join(", ", skipped) + (more > 0 ? ", and " + more + " more" : "")));
        }
        renderer.end(out, summary, breakdown);
        if (store != null) store.store().close();
        if (toFile != null) toFile.close();
        if (ro.resume == null) {
            // a resumed run scores only part of the inputs, so unmatched entries would mean nothing
            for (org.cxlint.ingest.Manifest m : metadata.manifests()) {
                List<String> unused = m.unused();
                if (unused.isEmpty()) continue;
                err.println("cxlint: manifest " + m.file() + ": " + unused.size() + " of " + m.size()
                        + " entries matched no transcript: " + String.join(", ", unused.subList(0, Math.min(3, unused.size())))
                        + (unused.size() > 3 ? ", ..." : ""));
            }
        }
        if (resumed != null) {
            resumed.close();
            if (resumed.checkError()) {
                err.println("cxlint: cannot write " + ro.resume);
                err.flush();
                return ExitCode.ERROR.code;
            }
        }
        if (ro.summary != null) {
            try {
                Path parent = ro.summary.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                Files.writeString(ro.summary, Json.pretty(breakdown.view()) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("cxlint: cannot write summary " + ro.summary + ": " + e.getMessage());
                err.flush();
                return ExitCode.ERROR.code;
            }
        }
        if (go.updateBaseline) {
            try {
                baseline.save(go.baseline);
            } catch (Baseline.BaselineException e) {
                err.println("cxlint: " + e.getMessage());
                err.flush();
                return ExitCode.ERROR.code;
            }
            err.println("cxlint: wrote baseline " + go.baseline);
        }
        err.flush();
        if (summary.gateFailures() != null && summary.gateFailures() > 0) return ExitCode.FINDINGS.code;
        return summary.errors() > 0 ? ExitCode.INPUT_ERRORS.code : ExitCode.OK.code;
    }
}
