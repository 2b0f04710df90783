package org.cxlint.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The record of the files cxlint wrote into an HTML output folder ({@value #NAME}, one name a line), so
 * a later run removes its own stale pages and nothing else: a file it did not write is never listed, and
 * a listed name that is not a plain page name of this folder is ignored. Each page is added as it is
 * written, so an interrupted run's pages are still known to the next one.
 */
final class WrittenFiles {
    static final String NAME = ".cxlint-pages";
    /** Only names cxlint gives its pages: never a path, never a hidden file. */
    private static final Pattern OURS = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*\\.html");

    private final Path dir;
    private final Set<String> earlier = new LinkedHashSet<>();

    private WrittenFiles(Path dir) {
        this.dir = dir;
    }

    /** Reads the earlier run's list and writes it back at once (which is how an unwritable folder is found early). */
    static WrittenFiles open(Path dir) throws IOException {
        WrittenFiles w = new WrittenFiles(dir);
        Path list = dir.resolve(NAME);
        if (Files.isRegularFile(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (OURS.matcher(line).matches()) w.earlier.add(line);
            }
        }
        Files.writeString(list, lines(w.earlier), StandardCharsets.UTF_8);
        return w;
    }

    /** Notes a page as written. */
    void add(String file) throws IOException {
        Files.writeString(dir.resolve(NAME), file + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /**
     * Deletes what an earlier (or interrupted) run wrote and this one did not, then lists only this run's files.
     * @return the names deleted
     */
    List<String> finish(Set<String> written) throws IOException {
        Set<String> listed = new TreeSet<>(earlier);
        for (String line : Files.readAllLines(dir.resolve(NAME), StandardCharsets.UTF_8)) {
            if (OURS.matcher(line).matches()) listed.add(line);
        }
        List<String> stale = listed.stream().filter(n -> !written.contains(n)).toList();
        for (String name : stale) Files.deleteIfExists(dir.resolve(name));
        Files.writeString(dir.resolve(NAME), lines(new TreeSet<>(written)), StandardCharsets.UTF_8);
        return stale;
    }

    private static String lines(Set<String> names) {
        StringBuilder sb = new StringBuilder();
        names.forEach(n -> sb.append(n).append('\n'));
        return sb.toString();
    }
}
