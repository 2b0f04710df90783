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
 * with a known extension (also gzipped, {@code .json.gz}), except cxlint's own outputs ({@code *.report.*}),
 * licence, notice and readme files and what {@code --exclude} names; named files are always taken.
 */
final class InputPaths {
    private InputPaths() {}

    /** Lists a directory's entries (a seam: root can read any directory, so tests refuse through it). */
    interface Lister {
        List<Path> list(Path dir) throws IOException;
    }

    static final Lister LIST = dir -> {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    };

    /**
     * The files to read, in order, and the directories that could not be read with why; each of those is
     * also in {@code files}, in its sorted place, so the run reports it there as an input that cannot be read.
     * {@code scanned} holds the files found by walking a folder or expanding a glob (not named one by one):
     * those are skipped rather than reported when no known format recognises them.
     */
    record Expanded(List<Path> files, java.util.Map<Path, String> unreadable, java.util.Set<Path> scanned) {}

    static List<Path> expand(List<Path> args) throws IOException {
        return expand(args, LIST).files();
    }

    static Expanded expand(List<Path> args, Lister lister) throws IOException {
        return expand(args, lister, ExcludeGlobs.NONE);
    }

    static Expanded expand(List<Path> args, Lister lister, ExcludeGlobs excludes) throws IOException {
        List<Path> out = new ArrayList<>();
        java.util.Map<Path, String> unreadable = new java.util.HashMap<>();
        java.util.Set<Path> scanned = new java.util.HashSet<>();
        for (Path p : args) {
            if (!Files.exists(p) && isGlob(p.toString())) {
                List<Path> matched = glob(p.toString(), lister, unreadable, excludes);
                if (!(matched.size() == 1 && matched.get(0).equals(p))) scanned.addAll(matched);
                out.addAll(matched);
                continue;
            }
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            List<Path> found = new ArrayList<>();
            walk(
                    p,
                    lister,
                    f -> wanted(f.getFileName().toString()) && !excludes.excludes(p.relativize(f), false),
                    d -> !excludes.excludes(p.relativize(d), true),
                    found,
                    unreadable);
            found.sort(null);
            out.addAll(found);
            scanned.addAll(found);
        }
        scanned.removeAll(unreadable.keySet());
        scanned.removeAll(args); // a file named on the command line is never skipped, even when a scan finds it too
        return new Expanded(out, unreadable, scanned);
    }

    /**
     * Regular files under {@code dir} that {@code take} accepts, into {@code out}, entering the folders that
     * {@code enter} accepts; symbolic links to directories are not followed (no loops). A directory that cannot
     * be listed goes into {@code out} as itself and into {@code unreadable} with the reason, and the walk goes on.
     */
    private static void walk(
            Path dir,
            Lister lister,
            java.util.function.Predicate<Path> take,
            java.util.function.Predicate<Path> enter,
            List<Path> out,
            java.util.Map<Path, String> unreadable) {
        List<Path> entries;
        try {
            entries = lister.list(dir);
        } catch (IOException e) {
            out.add(dir);
            unreadable.put(dir, "cannot read directory: " + reason(e));
            return;
        }
        for (Path e : entries) {
            if (Files.isDirectory(e, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (enter.test(e)) walk(e, lister, take, enter, out, unreadable);
            } else if (Files.isRegularFile(e) && take.test(e)) {
                out.add(e);
            }
        }
    }

    /** The reason in words: Java's file exceptions carry only the path as their message. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "not found";
        if (e instanceof java.nio.file.NotDirectoryException) return "not a directory";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? "input/output error" : e.getMessage();
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
        return glob(arg, LIST, new java.util.HashMap<>(), ExcludeGlobs.NONE);
    }

    private static List<Path> glob(
            String arg, Lister lister, java.util.Map<Path, String> unreadable, ExcludeGlobs excludes) {
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
            List<Path> walked = new ArrayList<>();
            java.util.Map<Path, String> locked = new java.util.HashMap<>();
            walk(
                    root,
                    lister,
                    f -> m.matches(root.relativize(f))
                            && !f.getFileName().toString().startsWith(".")
                            && !excludes.excludes(root.relativize(f), false),
                    d -> !excludes.excludes(root.relativize(d), true),
                    walked,
                    locked);
            walked.sort(null);
            boolean relative = base.isEmpty() && !norm.startsWith("/");
            int depth = pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/").length;
            for (Path f : walked) {
                Path shown = relative ? root.relativize(f) : f;
                if (locked.containsKey(f)) {
                    // a locked directory matters only where the pattern could reach into it
                    if (!f.equals(root) && root.relativize(f).getNameCount() >= depth) continue;
                    unreadable.put(shown, locked.get(f));
                }
                found.add(shown);
            }
        }
        return found.isEmpty() ? List.of(Path.of(arg)) : found;
    }

    private static boolean wanted(String name) {
        return !name.startsWith(".")
                && !name.contains(".report.")
                && !NOT_TRANSCRIPTS.matcher(name).matches()
                && !org.cxlint.ingest.Manifest.BESIDE.contains(name)
                && Readers.accepts(name);
    }
}
