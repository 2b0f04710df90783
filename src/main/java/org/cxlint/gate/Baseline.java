package org.cxlint.gate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cxlint.result.Fingerprint;
import org.cxlint.result.Json;

/**
 * Findings a team has accepted for now: a multiset of fingerprints. Each recorded occurrence absorbs one
 * matching finding, so a second copy of an old phrase in the same transcript is still new.
 * Safe to share between threads; with a parallel batch, which of two same-id transcripts absorbs an entry is not fixed.
 */
public final class Baseline {
    public static final String SCHEMA = "cxlint.baseline/1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Doc(String schema, List<Entry> findings) {}

    record Entry(String transcript, String rule, String quote, int count) {}

    private final Map<Fingerprint, Integer> remaining = new TreeMap<>();

    public static Baseline empty() {
        return new Baseline();
    }

    public static Baseline load(Path file) throws BaselineException {
        Baseline b = new Baseline();
        Doc doc;
        try {
            doc = Json.MAPPER.readValue(org.cxlint.ingest.ConfigFile.read(file), Doc.class);
        } catch (NoSuchFileException e) {
            throw new BaselineException(file + ": baseline file not found (create it with --update-baseline)");
        } catch (JsonProcessingException e) {
            throw new BaselineException(file + ": not a cxlint baseline: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot read baseline: " + e.getMessage());
        }
        if (doc == null || !SCHEMA.equals(doc.schema()) || doc.findings() == null) {
            throw new BaselineException(file + ": not a cxlint baseline (expected \"schema\": \"" + SCHEMA + "\")");
        }
        for (Entry e : doc.findings()) {
            if (e == null || e.transcript() == null || e.rule() == null) {
                throw new BaselineException(file + ": every finding needs \"transcript\" and \"rule\"");
            }
            b.add(
                    new Fingerprint(e.transcript(), e.rule(), e.quote() == null ? "" : e.quote()),
                    Math.max(1, e.count()));
        }
        return b;
    }

    public synchronized void add(Fingerprint f) {
        add(f, 1);
    }

    private synchronized void add(Fingerprint f, int n) {
        remaining.merge(f, n, Integer::sum);
    }

    /** Takes one occurrence of {@code f} out of the baseline; true when there was one. */
    public synchronized boolean absorb(Fingerprint f) {
        Integer n = remaining.get(f);
        if (n == null) return false;
        if (n == 1) remaining.remove(f);
        else remaining.put(f, n - 1);
        return true;
    }

    /** Writes the entries, sorted, so a baseline diffs cleanly in review. */
    public synchronized void save(Path file) throws BaselineException {
        List<Entry> entries = new ArrayList<>();
        remaining.forEach((f, n) -> entries.add(new Entry(f.transcript(), f.rule(), f.quote(), n)));
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, Json.pretty(new Doc(SCHEMA, entries)) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot write baseline: " + e.getMessage());
        }
    }

    public static final class BaselineException extends Exception {
        public BaselineException(String message) {
            super(message);
        }
    }
}
