package org.cxlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.run.Batch;

/**
 * {@code --resume FILE}: a JSONL results file an earlier run was writing when it stopped (even by kill -9).
 * Every complete line is one result of one input: a transcript's row (source {@code file} or
 * {@code file#id}) or an error row (a whole file, or one record of it). A run emits each input's results in
 * a fixed order (its records in file order), so the rows FILE holds for an input are the first results of
 * that input, in order: result number k of an input is done when FILE's k-th row for that input has the same
 * source. Inputs with rows are read again (not scored) to find what is left; a last line cut off mid-write
 * is removed. The new rows are then appended to FILE.
 */
final class Resume implements Batch.Done {
    /** Per input (as its path prints), the hashes of its rows' sources in the order they were written. */
    private final Map<String, long[]> rows;

    private final int total;
    private final int inputs;

    private Resume(Map<String, long[]> rows, int total) {
        this.rows = rows;
        this.total = total;
        this.inputs = rows.size();
    }

    /** Rows of FILE that belong to one of {@code inputs}. */
    int rows() {
        return total;
    }

    /** Inputs with at least one row in FILE. */
    int inputsStarted() {
        return inputs;
    }

    @Override
    public boolean done(Path file, int ordinal, String source) {
        long[] h = rows.get(file.toString());
        return h != null && ordinal < h.length - 1 && h[ordinal + 1] == hash(source);
    }

    /** Drops a partial last line and reads what FILE already holds for these inputs (nothing when it does not exist). */
    static Resume read(Path file, List<Path> inputs) throws IOException {
        Map<String, long[]> rows = new HashMap<>();
        if (!Files.exists(file)) return new Resume(rows, 0);
        truncatePartialLine(file);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Path p : inputs) names.add(p.toString());
        ObjectMapper m = new ObjectMapper();
        int total = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                String source;
                try {
                    JsonNode n = m.readTree(line);
                    if (n == null || !n.hasNonNull("source")) continue;
                    source = n.get("source").asText();
                } catch (IOException e) {
                    continue; // not a row of ours: leave it, count nothing
                }
                String input = inputOf(source, names);
                if (input == null) continue;
                // element 0 counts the rows; hashes follow (8 bytes a row, whatever the batch size)
                long[] h = rows.computeIfAbsent(input, k -> new long[8]);
                int n = (int) h[0] + 1;
                if (n >= h.length) rows.put(input, h = Arrays.copyOf(h, h.length * 2));
                h[n] = hash(source);
                h[0] = n;
                total++;
            }
        }
        rows.replaceAll((k, h) -> Arrays.copyOf(h, (int) h[0] + 1));
        return new Resume(rows, total);
    }

    /** The input a row came from: its source itself, or the longest input that is its source up to a '#'. */
    static String inputOf(String source, java.util.Set<String> inputs) {
        if (inputs.contains(source)) return source;
        for (int i = source.lastIndexOf('#'); i > 0; i = source.lastIndexOf('#', i - 1)) {
            String prefix = source.substring(0, i);
            if (inputs.contains(prefix)) return prefix;
        }
        return null;
    }

    /** 64-bit FNV-1a of the source: two different sources at the same place of one input never collide in practice. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
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
