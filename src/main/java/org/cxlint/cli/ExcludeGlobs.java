package org.cxlint.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --exclude GLOB} patterns, matched against paths relative to the folder being scanned, the way
 * a {@code .gitignore} reads: a pattern without a slash names a file or folder at any depth
 * ({@code *.meta.json}, {@code archive}); one with a slash is the whole relative path ({@code 2025/**},
 * {@code stats/*.json}), a leading {@code **}{@code /} also matching at the top; a trailing slash matches
 * folders only. An excluded folder is not entered.
 */
final class ExcludeGlobs {
    static final ExcludeGlobs NONE = new ExcludeGlobs(List.of());

    private record Pattern(PathMatcher matcher, PathMatcher top, boolean wholePath, boolean foldersOnly) {}

    private final List<Pattern> patterns;

    private ExcludeGlobs(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** @throws IllegalArgumentException naming the pattern, when one is not a valid glob */
    static ExcludeGlobs of(List<String> globs) {
        List<Pattern> out = new ArrayList<>();
        for (String glob : globs) {
            String g = glob.replace('\\', '/');
            while (g.startsWith("./")) g = g.substring(2);
            boolean foldersOnly = g.endsWith("/");
            while (g.endsWith("/")) g = g.substring(0, g.length() - 1);
            while (g.startsWith("/")) g = g.substring(1);
            if (g.isEmpty())
                throw new IllegalArgumentException(
                        "--exclude \"" + glob + "\": an empty pattern would exclude everything");
            try {
                PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
                PathMatcher top =
                        g.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)) : null;
                out.add(new Pattern(m, top, g.contains("/"), foldersOnly));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "--exclude \"" + glob + "\" is not a valid glob: " + e.getDescription());
            }
        }
        return new ExcludeGlobs(List.copyOf(out));
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Whether {@code relative} (a path below the scanned folder) is excluded; {@code folder} says what it is. */
    boolean excludes(Path relative, boolean folder) {
        if (relative.getNameCount() == 0 || relative.toString().isEmpty()) return false;
        for (Pattern p : patterns) {
            if (p.foldersOnly() && !folder) continue;
            if (!p.wholePath()) {
                if (p.matcher().matches(relative.getFileName())) return true;
            } else if (p.matcher().matches(relative)
                    || p.top() != null && p.top().matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
