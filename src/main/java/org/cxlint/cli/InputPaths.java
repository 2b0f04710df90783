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
            if (!Files.exists(p) && isGlob(p.toString())) {
                out.addAll(glob(p.toString()));
                continue;
            }
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

    static boolean isGlob(String arg) {
        return arg.indexOf('*') >= 0 || arg.indexOf('?') >= 0 || arg.indexOf('[') >= 0 || arg.indexOf('{') >= 0;
    }

    /**
     * Expands a glob the shell left alone (it was quoted, or the shell does not glob): the part before the
     * first segment with a wildcard is the directory searched, the rest a {@link java.nio.file.PathMatcher}
     * pattern ({@code **} crosses directories). Matches are sorted; none at all is kept as given, so the
     * run reports it as a file that cannot be read.
     */
    static List<Path> glob(String arg) throws IOException {
        String norm = arg.replace('\\', '/');
        String[] parts = norm.split("/", -1);
        int i = 0;
        while (i < parts.length - 1 && !isGlob(parts[i])) i++;
        String base = String.join("/", java.util.Arrays.copyOfRange(parts, 0, i));
        Path root = base.isEmpty() ? Path.of(norm.startsWith("/") ? "/" : ".") : Path.of(base);
        String pattern = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
        java.nio.file.PathMatcher m = root.getFileSystem().getPathMatcher("glob:" + pattern);
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> m.matches(root.relativize(f)))
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(f -> found.add(base.isEmpty() && !norm.startsWith("/") ? root.relativize(f) : f));
            }
        }
        return found.isEmpty() ? List.of(Path.of(arg)) : found;
    }


    private static boolean wanted(String name) {
        return !name.startsWith(".") && !name.contains(".report.") && !NOT_TRANSCRIPTS.matcher(name).matches()
                && Readers.accepts(name);
    }
}
