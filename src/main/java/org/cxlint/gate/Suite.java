package org.cxlint.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.rules.Severity;

/**
 * A suite of scripted responses and what each must achieve, read from an expectations file
 * (README, "Expectations file"). Script paths are relative to the file's folder.
 *
 * @param scripts each script's path and its expectation (suite defaults with the script's overrides)
 */
public record Suite(String name, Path file, Map<Path, Expectation> scripts) {
    /** The file {@code cxlint check DIR} looks for. */
    public static final String DEFAULT_FILE = "cxlint-suite.yaml";

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Doc(Integer version, String name, Rules defaults, List<ScriptDoc> scripts) {}

    record Rules(Double minScore, Severity maxSeverity, List<String> mustFire, List<String> mustNotFire) {
        Expectation toExpectation() {
            return new Expectation(minScore, maxSeverity, mustFire, mustNotFire);
        }
    }

    record ScriptDoc(
            String file,
            Double minScore,
            Severity maxSeverity,
            List<String> mustFire,
            List<String> mustNotFire,
            String note) {}

    public static Suite load(Path path) throws SuiteException {
        Path file = Files.isDirectory(path) ? path.resolve(DEFAULT_FILE) : path;
        Doc doc;
        try {
            doc = YAML.readValue(org.cxlint.ingest.ConfigFile.read(file), Doc.class);
        } catch (NoSuchFileException e) {
            throw new SuiteException(file + ": expectations file not found");
        } catch (UnrecognizedPropertyException e) {
            throw new SuiteException(file + ": unknown field \"" + e.getPropertyName() + "\" at line "
                    + e.getLocation().getLineNr() + " (known fields: " + e.getKnownPropertyIds() + ")");
        } catch (JsonProcessingException e) {
            String msg =
                    e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : e.getOriginalMessage();
            var loc = e.getLocation();
            throw new SuiteException(file + (loc == null ? "" : ":" + loc.getLineNr()) + ": " + msg.strip());
        } catch (IOException e) {
            throw new SuiteException(file + ": cannot read: " + e.getMessage());
        }
        if (doc == null || doc.scripts() == null || doc.scripts().isEmpty()) {
            throw new SuiteException(file + ": no \"scripts\" listed");
        }
        if (doc.version() != null && doc.version() != 1) {
            throw new SuiteException(
                    file + ": unsupported version " + doc.version() + " (this cxlint reads version 1)");
        }
        Expectation defaults =
                doc.defaults() == null ? Expectation.NONE : doc.defaults().toExpectation();
        Path dir = file.toAbsolutePath().getParent();
        Path base = file.getParent() == null ? Path.of("") : file.getParent();
        Map<Path, Expectation> scripts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ScriptDoc s : doc.scripts()) {
            if (s == null || s.file() == null || s.file().isBlank()) {
                problems.add("every script needs a \"file\"");
                continue;
            }
            Path p = base.resolve(s.file()).normalize();
            if (scripts.containsKey(p)) problems.add("script " + s.file() + " is listed twice");
            if (!Files.isRegularFile(dir.resolve(s.file()))) problems.add("script " + s.file() + " not found");
            checkMinScore("script " + s.file(), s.minScore(), problems);
            scripts.put(
                    p,
                    defaults.overriddenBy(
                            new Expectation(s.minScore(), s.maxSeverity(), s.mustFire(), s.mustNotFire())));
        }
        if (doc.defaults() != null) checkMinScore("defaults", doc.defaults().minScore(), problems);
        if (!problems.isEmpty()) throw new SuiteException(file + ": " + String.join("; ", problems));
        String name = doc.name() != null
                ? doc.name()
                : dir.getFileName() == null ? "suite" : dir.getFileName().toString();
        return new Suite(name, file, scripts);
    }

    /** A minimum score is a number from 0 to 100: NaN or 120 would pass or fail every script silently. */
    private static void checkMinScore(String where, Double min, List<String> problems) {
        if (min != null && (min.isNaN() || min < 0 || min > 100)) {
            problems.add(where + ": minScore " + min + " is not a score from 0 to 100");
        }
    }

    /**
     * Refuses a mustFire or mustNotFire that names no loaded rule: a typo there would otherwise pass for
     * ever (mustNotFire) or fail with a puzzling message (mustFire). Names the file and the line.
     */
    public void checkRuleIds(java.util.Set<String> known) throws SuiteException {
        java.util.Set<String> problems = new java.util.LinkedHashSet<>();
        List<String> lines;
        try {
            lines = org.cxlint.ingest.ConfigFile.read(file).lines().toList();
        } catch (IOException e) {
            lines = List.of();
        }
        for (Expectation e : scripts.values()) {
            unknown("mustFire", e.mustFire(), known, lines, problems);
            unknown("mustNotFire", e.mustNotFire(), known, lines, problems);
        }
        if (!problems.isEmpty()) {
            throw new SuiteException(String.join("; ", problems) + " (the rule ids are listed by: cxlint rules list)");
        }
    }

    private void unknown(
            String key,
            List<String> ids,
            java.util.Set<String> known,
            List<String> lines,
            java.util.Set<String> problems) {
        if (ids == null) return;
        for (String id : ids) {
            if (id != null && known.contains(id)) continue;
            String name = id == null || id.isBlank() ? "an empty rule id" : "unknown rule \"" + id + "\"";
            int line = 0;
            if (id != null && !id.isBlank()) {
                java.util.regex.Pattern token = java.util.regex.Pattern.compile(
                        "(?<![\\w-])" + java.util.regex.Pattern.quote(id) + "(?![\\w-])");
                for (int i = 0; i < lines.size() && line == 0; i++)
                    if (token.matcher(lines.get(i)).find()) line = i + 1;
            }
            problems.add(file + (line > 0 ? ":" + line : "") + ": " + key + " names " + name);
        }
    }

    public static final class SuiteException extends Exception {
        public SuiteException(String message) {
            super(message);
        }
    }
}
