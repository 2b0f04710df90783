package org.cxlint.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cxlint.model.Metadata;
import org.cxlint.model.Transcript;

/**
 * Where a transcript's metadata comes from besides its own file, most specific first: the transcript's own
 * values win; then {@code --manifest FILE}; then a manifest beside the input ({@link Manifest#BESIDE}, in the
 * input's folder); then {@code --meta KEY=VALUE}. Each fills only what the ones before left empty.
 */
public final class MetadataSources {
    public static final MetadataSources NONE = new MetadataSources(null, Map.of(), Map.of());

    private final Manifest explicit;
    private final Map<Path, Manifest> beside;
    private final Metadata meta;

    private MetadataSources(Manifest explicit, Map<Path, Manifest> beside, Map<String, String> meta) {
        this.explicit = explicit;
        this.beside = beside;
        this.meta = of(meta);
    }

    /**
     * Loads {@code --manifest} and every manifest found in the inputs' folders.
     *
     * @param inputs the input files, whose folders are searched for a manifest
     * @throws Manifest.ManifestException for the first manifest that cannot be used
     */
    public static MetadataSources load(Path manifest, List<Path> inputs, Map<String, String> meta)
            throws Manifest.ManifestException {
        Manifest explicit = manifest == null ? null : Manifest.load(manifest);
        Map<Path, Manifest> beside = new HashMap<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path in : inputs) {
            Path dir = in.toAbsolutePath().normalize().getParent();
            if (dir == null || !seen.add(dir)) continue;
            List<Path> found = new ArrayList<>();
            for (String name : Manifest.BESIDE)
                if (Files.isRegularFile(dir.resolve(name))) found.add(in.resolveSibling(name));
            if (found.size() > 1) {
                throw new Manifest.ManifestException(found.get(0) + ": two manifests in one folder ("
                        + String.join(" and ", Manifest.BESIDE) + "); keep one");
            }
            if (found.size() == 1 && (explicit == null || !same(found.get(0), explicit.file()))) {
                beside.put(dir, Manifest.load(found.get(0)));
            }
        }
        return new MetadataSources(explicit, beside, meta == null ? Map.of() : meta);
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public boolean isEmpty() {
        return explicit == null && beside.isEmpty() && meta.equals(Metadata.EMPTY);
    }

    /** The manifests in force, for the run to say which it uses. */
    public List<Manifest> manifests() {
        List<Manifest> out = new ArrayList<>();
        if (explicit != null) out.add(explicit);
        beside.values().stream()
                .sorted(java.util.Comparator.comparing(m -> m.file().toString()))
                .forEach(out::add);
        return out;
    }

    /** The transcript read from {@code input}, with the metadata it lacks filled in. */
    public Transcript apply(Transcript t, Path input) {
        if (isEmpty()) return t;
        Metadata m = t.metadata();
        if (explicit != null) m = fill(m, explicit.lookup(t, input));
        Manifest near = input == null
                ? null
                : beside.get(input.toAbsolutePath().normalize().getParent());
        if (near != null) m = fill(m, near.lookup(t, input));
        m = fill(m, meta);
        return m.equals(t.metadata()) ? t : t.withMetadata(m);
    }

    /** {@code base} with each empty field taken from {@code more}; extra keys likewise. */
    static Metadata fill(Metadata base, Metadata more) {
        if (more == null) return base;
        Map<String, String> extra = new TreeMap<>(more.extra());
        extra.putAll(base.extra());
        return new Metadata(
                first(base.agent(), more.agent()),
                first(base.team(), more.team()),
                first(base.customer(), more.customer()),
                first(base.date(), more.date()),
                extra);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** {@code --meta} values as metadata: agent, team, customer and date by name, the rest as extra. */
    private static Metadata of(Map<String, String> meta) {
        Map<String, String> extra = new LinkedHashMap<>(meta);
        String agent = extra.remove("agent"),
                team = extra.remove("team"),
                customer = extra.remove("customer"),
                date = extra.remove("date");
        return new Metadata(agent, team, customer, date, extra);
    }
}
