package org.cxlint.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.ingest.Manifest;
import org.cxlint.ingest.MetadataSources;
import org.cxlint.report.MediaLinks;
import org.cxlint.report.Selection;
import org.cxlint.rules.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What people need beside the score: metadata for files that carry none, links to recordings, a shorter view. */
final class CoachOptions {
    @Option(
            names = "--manifest",
            paramLabel = "FILE",
            description =
                    "Metadata (agent, team, date, customer, any other key) for the inputs, by file name or transcript id: "
                            + "CSV with a header or JSON. A cxlint-manifest.csv or .json in an input's folder is used too.")
    Path manifest;

    @Option(
            names = "--meta",
            paramLabel = "KEY=VALUE",
            description =
                    "Metadata for every transcript that lacks it (agent=..., team=..., date=..., customer=..., any other key). Repeatable.")
    Map<String, String> meta = new LinkedHashMap<>();

    @Option(
            names = "--media-url",
            paramLabel = "TEMPLATE",
            description = "Link findings to the recording: {id}, {file} and {start} (seconds) are filled in, "
                    + "e.g. https://recordings.example/{id}.wav#t={start}. Shown in HTML and as \"media\" in JSON.")
    String mediaUrl;

    @Option(
            names = "--min-severity",
            paramLabel = "LEVEL",
            description =
                    "Text and HTML list only findings at least this severe (critical, major, minor, info, strength). Never changes scores, counts or exit codes.")
    String minSeverity;

    @Option(
            names = "--failing-only",
            description = "Text and HTML show only transcripts that failed or that a check rejected.")
    boolean failingOnly;

    @Option(
            names = {"-q", "--quiet"},
            description = "Text shows only the totals and the per-agent and per-team summary.")
    boolean quiet;

    Selection selection(CommandLine cl) {
        Severity min = null;
        if (minSeverity != null) {
            try {
                min = Severity.parse(minSeverity);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--min-severity: " + e.getMessage());
            }
        }
        return new Selection(min, failingOnly, quiet);
    }

    /** Null without --media-url. */
    MediaLinks media(CommandLine cl) {
        if (mediaUrl == null) return null;
        try {
            return new MediaLinks(mediaUrl);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--media-url: " + e.getMessage());
        }
    }

    MetadataSources metadata(CommandLine cl, List<Path> inputs) {
        for (Map.Entry<String, String> e : meta.entrySet()) {
            if (e.getKey().isBlank() || e.getValue() == null || e.getValue().isBlank()) {
                throw new CommandLine.ParameterException(
                        cl,
                        "--meta takes KEY=VALUE with both filled in, not \"" + e.getKey() + "=" + e.getValue() + "\"");
            }
        }
        try {
            return MetadataSources.load(manifest, inputs, meta);
        } catch (Manifest.ManifestException e) {
            throw new CommandLine.ParameterException(
                    cl,
                    (manifest != null && e.getMessage().startsWith(manifest.toString()) ? "--manifest " : "manifest ")
                            + e.getMessage());
        }
    }
}
