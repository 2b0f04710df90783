package org.cxlint.rules;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The text of a rules directory: rule packs (*.yaml), DRL files for rules that combine facts, and the scorecard.
 * Rules are code, so they come only from the bundled set or a directory the user names.
 *
 * @param origin where they came from, for messages
 */
public record RuleFiles(
        String origin, Map<String, String> drl, Map<String, String> packs, String scorecard, String settings) {
    public static final String SCORECARD = "scorecard.yaml";

    /** Rules with no settings.yaml of their own: the thresholds' defaults stand. */
    public RuleFiles(String origin, Map<String, String> drl, Map<String, String> packs, String scorecard) {
        this(origin, drl, packs, scorecard, null);
    }

    private static final String BUNDLED = "/cxlint/rules";

    public static RuleFiles fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) throw new RulesException(dir + ": rules directory not found");
        return read(dir.toString(), dir, true);
    }

    /** A folder laid over other rules ({@link RuleOverlay}): it may hold a single pack and no scorecard. */
    public static RuleFiles overlayDirectory(Path dir) {
        if (!Files.isDirectory(dir)) throw new RulesException(dir + ": rules directory not found");
        return read(dir.toString(), dir, false);
    }

    /** How messages name these rules as a whole. */
    public String label() {
        return origin.isEmpty() ? "rules" : origin;
    }

    /** How messages name one of these files. */
    public String where(String file) {
        return origin.isEmpty() ? file : origin + "/" + file;
    }

    /** The rules shipped inside the jar (copied from the repository's rules/ at build time). */
    public static RuleFiles bundled() {
        var url = RuleFiles.class.getResource(BUNDLED);
        if (url == null) throw new RulesException("bundled rules are missing from the classpath");
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return read("bundled rules", Path.of(uri), true);
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return read("bundled rules", fs.getPath(BUNDLED), true);
        } catch (URISyntaxException | IOException e) {
            throw new RulesException("cannot open bundled rules: " + e.getMessage(), e);
        }
    }

    private static RuleFiles read(String origin, Path dir, boolean complete) {
        Map<String, String> drl = new TreeMap<>();
        Map<String, String> packs = new TreeMap<>();
        String scorecard = null;
        String settings = null;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.equals(SCORECARD)) scorecard = Files.readString(p, StandardCharsets.UTF_8);
                else if (name.equals(RuleSettings.FILE)) settings = Files.readString(p, StandardCharsets.UTF_8);
                else if (name.endsWith(".drl")) drl.put(name, Files.readString(p, StandardCharsets.UTF_8));
                else if (name.endsWith(".yaml") || name.endsWith(".yml"))
                    packs.put(name, Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new RulesException(origin + ": cannot read rules: " + e.getMessage(), e);
        }
        // a folder laid over others may hold only a scorecard or settings
        if (drl.isEmpty() && packs.isEmpty() && (complete || (scorecard == null && settings == null))) {
            throw new RulesException(origin + ": no rules (.yaml packs or .drl files)");
        }
        if (complete && scorecard == null) throw new RulesException(origin + ": no " + SCORECARD);
        return new RuleFiles(origin, drl, packs, scorecard, settings);
    }
}
