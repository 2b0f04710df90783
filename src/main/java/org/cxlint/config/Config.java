package org.cxlint.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A project's {@code .cxlint.yaml}: which rules run and how severe they are, the agent labels, the pass
 * mark, the scorecard, excludes and extra rule folders. Paths in it are relative to the file's folder.
 * Every value is checked when the file is read (rule ids once the rules are loaded), and a wrong one is
 * reported as {@code FILE:LINE: key: reason}.
 *
 * @param select     the rules to run (ids, categories or severities); null: all
 * @param ignore     rules not to run, after {@code select}; null: none
 * @param severity   rule id to the severity it is reported and scored with
 * @param agents     {@code --agent} labels; empty: none
 * @param exclude    glob patterns of inputs to leave out, relative to the file's folder
 * @param passMark   the pass mark instead of the scorecard's; null: the scorecard's
 * @param scorecard  a scorecard file instead of the rules' own; null: the rules'
 * @param ruleFolders extra rule folders, each an overlay on the bundled rules
 */
public record Config(
        Path file,
        LocatedList select,
        LocatedList ignore,
        Map<String, SeverityOverride> severity,
        List<String> agents,
        List<String> exclude,
        Double passMark,
        Path scorecard,
        List<Path> ruleFolders) {
    public static final String FILE_NAME = ".cxlint.yaml";

    /** Nothing configured (no file found, or {@code --no-config}). */
    public static final Config NONE =
            new Config(null, null, null, Map.of(), List.of(), List.of(), null, null, List.of());

    /** The file as written; every key is optional. */
    record Doc(
            LocatedList select,
            LocatedList ignore,
            LinkedHashMap<String, SeverityOverride> severity,
            LocatedList agent,
            LocatedList exclude,
            Located passMark,
            Located scorecard,
            LocatedList rules) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public static Config load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException(file + ": configuration file not found");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read configuration: " + e.getMessage());
        }
        return parse(file, text);
    }

    /** @param file where the text came from: messages name it and relative paths start from its folder */
    public static Config parse(Path file, String text) {
        Doc doc;
        try {
            doc = checkKeys(file, text) ? YAML.readValue(text, Doc.class) : null;
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + describe(e));
        } catch (IOException e) { // reading a String: cannot happen
            throw new java.io.UncheckedIOException(e);
        }
        if (doc == null) return new Config(file, null, null, Map.of(), List.of(), List.of(), null, null, List.of());
        Path dir = file.toAbsolutePath().getParent();
        return new Config(
                file,
                nonEmpty(file, "select", doc.select()),
                doc.ignore(),
                doc.severity() == null ? Map.of() : doc.severity(),
                strings(file, "agent", doc.agent()),
                globs(file, doc.exclude()),
                passMark(file, doc.passMark()),
                doc.scorecard() == null ? null : existing(file, "scorecard", dir, doc.scorecard(), false),
                folders(file, dir, doc.rules()));
    }

    private static final java.util.SortedSet<String> KEYS =
            new TreeSet<>(java.util.Arrays.stream(Doc.class.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName)
                    .toList());

    /**
     * False for a file without content; unknown top-level keys, at the key's own line: Jackson reports them only once the whole mapping is read
     * (the record is built through its constructor), at the mapping's end.
     */
    private static boolean checkKeys(Path file, String text) throws IOException {
        try (JsonParser p = YAML.getFactory().createParser(text)) {
            var first = p.nextToken();
            if (first == null) return false; // empty, or comments only
            if (first != com.fasterxml.jackson.core.JsonToken.START_OBJECT) return true; // readValue says what is wrong
            for (var t = p.nextToken(); t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME; t = p.nextToken()) {
                if (!KEYS.contains(p.currentName())) {
                    throw new ConfigException(at(
                            file,
                            p.currentTokenLocation().getLineNr(),
                            "unknown key \"" + p.currentName() + "\" (known keys: " + String.join(", ", KEYS) + ")"));
                }
                p.nextToken();
                p.skipChildren();
            }
        }
        return true;
    }

    /** FILE:LINE: message, for a value found wrong after reading. */
    static String at(Path file, int line, String key) {
        return file + (line > 0 ? ":" + line : "") + ": " + key;
    }

    private static String describe(JsonProcessingException e) {
        var loc = e.getLocation();
        String where = loc == null ? "" : ":" + loc.getLineNr();
        if (e instanceof UnrecognizedPropertyException u) {
            TreeSet<String> known = new TreeSet<>();
            u.getKnownPropertyIds().forEach(k -> known.add(k.toString()));
            return where + ": unknown key \"" + u.getPropertyName() + "\" (known keys: " + String.join(", ", known)
                    + ")";
        }
        String key = "";
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                && !m.getPath().isEmpty()) {
            var ref = m.getPath().get(0);
            key = ref.getFieldName() == null ? "" : ref.getFieldName() + ": ";
            if (m.getPath().size() > 1 && m.getPath().get(1).getFieldName() != null) {
                key = key.isEmpty()
                        ? ""
                        : ref.getFieldName() + ": " + m.getPath().get(1).getFieldName() + ": ";
            }
        }
        if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            String expected = expected(mi.getTargetType());
            if (expected != null) return where + ": " + key + "expected " + expected;
        }
        return where + ": " + key + e.getOriginalMessage();
    }

    private static String expected(Class<?> type) {
        if (type == Doc.class) return "a mapping of keys (select, ignore, severity, ...)";
        if (type == LocatedList.class || type == Located.class) return "a value or a list of values";
        if (type == org.cxlint.rules.Severity.class || type == SeverityOverride.class)
            return "a severity (critical, major, minor, info)";
        if (Map.class.isAssignableFrom(type)) return "a mapping of rule id to severity";
        return null;
    }

    private static LocatedList nonEmpty(Path file, String key, LocatedList list) {
        if (list != null && list.items().isEmpty()) {
            throw new ConfigException(at(file, list.line(), key)
                    + ": an empty list selects no rule (leave the key out to run every rule)");
        }
        return list;
    }

    private static List<String> strings(Path file, String key, LocatedList list) {
        if (list == null) return List.of();
        for (Located l : list.items()) {
            if (l.value().isBlank()) throw new ConfigException(at(file, l.line(), key) + ": empty value");
        }
        return list.values();
    }

    private static List<String> globs(Path file, LocatedList list) {
        if (list == null) return List.of();
        for (Located l : list.items()) {
            try {
                if (l.value().isBlank()) throw new IllegalArgumentException("empty pattern");
                java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + l.value());
            } catch (IllegalArgumentException e) { // PatternSyntaxException is one
                throw new ConfigException(at(file, l.line(), "exclude") + ": not a glob pattern: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return list.values();
    }

    private static Double passMark(Path file, Located l) {
        if (l == null) return null;
        double v;
        try {
            v = Double.parseDouble(l.value());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v >= 0 && v <= 100)) {
            throw new ConfigException(
                    at(file, l.line(), "passMark") + ": must be a number between 0 and 100, not \"" + l.value() + "\"");
        }
        return v;
    }

    private static List<Path> folders(Path file, Path dir, LocatedList list) {
        if (list == null) return List.of();
        List<Path> out = new ArrayList<>();
        for (Located l : list.items()) out.add(existing(file, "rules", dir, l, true));
        return List.copyOf(out);
    }

    private static Path existing(Path file, String key, Path dir, Located l, boolean folder) {
        if (l.value().isBlank()) throw new ConfigException(at(file, l.line(), key) + ": empty value");
        Path p = dir.resolve(l.value()).normalize();
        if (folder ? !Files.isDirectory(p) : !Files.isRegularFile(p)) {
            throw new ConfigException(
                    at(file, l.line(), key) + ": " + (folder ? "folder " : "file ") + p + " not found");
        }
        return p;
    }
}
