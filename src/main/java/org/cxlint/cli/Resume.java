package org.cxlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code --resume FILE}: a JSONL results file an earlier run was writing when it stopped. Every complete
 * line's {@code source} counts as done (an error row too: delete its line to retry that file); a last line
 * cut off mid-write is removed. The new rows are then appended to FILE.
 */
final class Resume {
    private Resume() {}

    /** Drops a partial last line and returns the sources already in {@code file} (empty when it does not exist). */
    static Set<String> done(Path file) throws IOException {
        Set<String> done = new HashSet<>();
        if (!Files.exists(file)) return done;
        truncatePartialLine(file);
        ObjectMapper m = new ObjectMapper();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) continue;
                try {
                    JsonNode n = m.readTree(line);
                    if (n != null && n.hasNonNull("source")) done.add(n.get("source").asText());
                } catch (IOException e) {
                    // not a row of ours: leave it, count nothing
                }
            }
        }
        return done;
    }

    static List<Path> remaining(List<Path> files, Set<String> done) {
        return files.stream().filter(f -> !done.contains(f.toString())).toList();
    }

    private static void truncatePartialLine(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long len = raf.length();
            long keep = len;
            while (keep > 0) {
                raf.seek(keep - 1);
                if (raf.read() == '\n') break;
                keep--;
            }
            if (keep < len) raf.setLength(keep);
        }
    }
}
