package org.cxlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cxlint.ingest.Readers;

/**
 * Expands the paths on the command line. Directories are walked in sorted order and contribute files
 * with a known extension (also gzipped, {@code .json.gz}), except cxlint's own outputs ({@code *.report.*}) and
 * licence, notice and readme files; named files are always taken.
 */
final class InputPaths {
    private InputPaths() {}

    static List<Path> expand(List<Path> args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> wanted(f.getFileName().toString()))
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    /** Datasets ship licences and READMEs next to their transcripts; a scan takes transcripts only. */
    private static final java.util.regex.Pattern NOT_TRANSCRIPTS =
            java.util.regex.Pattern.compile("(?i)(licen[cs]e|copying|notice|readme|changelog)([._-].*)?");

    private static boolean wanted(String name) {
        return !name.startsWith(".") && !name.contains(".report.") && !NOT_TRANSCRIPTS.matcher(name).matches()
                && Readers.accepts(name);
    }
}
