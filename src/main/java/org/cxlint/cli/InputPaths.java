package org.cxlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.cxlint.ingest.Readers;

/**
 * Expands the paths on the command line. Directories are walked in sorted order and contribute files
 * with a known extension, except cxlint's own outputs ({@code *.report.*}); named files are always taken.
 */
final class InputPaths {
    private InputPaths() {}

    static List<Path> expand(List<Path> args) throws IOException {
        Set<String> known = knownExtensions();
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> wanted(f.getFileName().toString(), known))
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    private static boolean wanted(String name, Set<String> known) {
        if (name.startsWith(".") || name.contains(".report.")) return false;
        int dot = name.lastIndexOf('.');
        return dot > 0 && known.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Set<String> knownExtensions() {
        Set<String> s = new java.util.TreeSet<>();
        Readers.all().forEach(r -> s.addAll(r.extensions()));
        return s;
    }
}
