package org.cxlint.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cxlint.model.Metadata;
import org.cxlint.model.Transcript;

/**
 * Metadata for transcripts whose files carry none (speech-to-text output has no agent name): a CSV file with
 * a header, or JSON (an array of objects, or an object keyed by file name or id), one entry per file or
 * transcript. An entry is keyed by file name ({@code file}) and/or transcript id ({@code id}); {@code agent},
 * {@code team}, {@code date} and {@code customer} fill those fields, any other key is kept as extra metadata.
 * Column names are matched without case, {@code -} and spaces; the aliases are listed in README ("Manifest").
 */
public final class Manifest {
    /** The names a manifest has when it is found beside the transcripts, in their folder. */
    public static final List<String> BESIDE = List.of("cxlint-manifest.csv", "cxlint-manifest.json");

    private static final Set<String> FILE_KEYS = Set.of("file", "filename", "source", "path");
    private static final Set<String> ID_KEYS =
            Set.of("id", "callid", "transcriptid", "conversationid", "contactid", "sessionid");
    private static final Map<String, String> FIELDS = Map.of(
            "agent",
            "agent",
            "agentname",
            "agent",
            "team",
            "team",
            "date",
            "date",
            "customer",
            "customer",
            "customername",
            "customer");

    /** A manifest that cannot be used: names the file, the line when known, and the reason. */
    public static final class ManifestException extends Exception {
        public ManifestException(String message) {
            super(message);
        }
    }

    private record Entry(int line, String key, Metadata metadata) {}

    private final Path file;
    private final Map<String, Entry> byFile = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    /** Entries some transcript matched; lookups run on worker threads. */
    private final Set<Entry> used = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Manifest(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** How many entries the manifest holds. */
    public int size() {
        Set<Entry> all = new java.util.HashSet<>(byFile.values());
        all.addAll(byId.values());
        return all.size();
    }

    public static Manifest load(Path file) throws ManifestException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ManifestException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ManifestException(file + ": cannot read: "
                    + (e instanceof java.nio.file.NoSuchFileException ? "not found" : e.getMessage()));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Manifest m = new Manifest(file);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) m.readJson(text);
        else m.readCsv(text);
        if (m.byFile.isEmpty() && m.byId.isEmpty()) throw new ManifestException(file + ": no entries");
        return m;
    }

    /** The metadata for this transcript read from {@code input}: by id, then by the path as given, then by file name. */
    public Metadata lookup(Transcript t, Path input) {
        Entry e = t.id() == null ? null : byId.get(t.id());
        if (e == null && input != null) e = byFile.get(input.toString().replace('\\', '/'));
        if (e == null && input != null && input.getFileName() != null)
            e = byFile.get(input.getFileName().toString());
        if (e == null) return null;
        used.add(e);
        return e.metadata();
    }

    /** The entries no transcript matched, by line ("line 4 (\"call-9.json\")"): a typo in a key, or a file not scored. */
    public List<String> unused() {
        Set<Entry> all = new java.util.HashSet<>(byFile.values());
        all.addAll(byId.values());
        return all.stream()
                .filter(e -> !used.contains(e))
                .sorted(java.util.Comparator.comparingInt(Entry::line))
                .map(e -> "line " + e.line() + " (\"" + e.key() + "\")")
                .toList();
    }

    private void readCsv(String text) throws ManifestException {
        String header = text.lines().findFirst().orElse("");
        char sep = header.indexOf(',') < 0 && header.indexOf('\t') >= 0
                ? '\t'
                : header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(sep);
        try (MappingIterator<Map<String, String>> rows =
                mapper.readerFor(Map.class).with(schema).readValues(text)) {
            while (true) {
                int line;
                Map<String, String> row;
                try {
                    if (!rows.hasNextValue()) break;
                    row = rows.nextValue();
                    line = rows.getCurrentLocation().getLineNr();
                } catch (JsonProcessingException e) {
                    throw new ManifestException(at(e.getLocation()) + ": " + e.getOriginalMessage());
                }
                // the parser sits after the row; a row ends on its own line unless a quoted cell held a line break
                add(new LinkedHashMap<>(row), Math.max(2, line - 1));
            }
        } catch (IOException e) {
            if (e instanceof JsonProcessingException j)
                throw new ManifestException(at(j.getLocation()) + ": " + j.getOriginalMessage());
            throw new ManifestException(file + ": " + e.getMessage());
        }
    }

    private void readJson(String text) throws ManifestException {
        try (JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int line = p.currentTokenLocation().getLineNr();
                    add(object(p), line);
                }
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    throw new ManifestException(at(p.currentTokenLocation()) + ": each entry must be an object");
                }
            } else {
                // {"call-1.json": {"agent": ...}, ...}: the key is a file name or an id
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int line = p.currentTokenLocation().getLineNr();
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        throw new ManifestException(
                                at(p.currentTokenLocation()) + ": \"" + key + "\" must map to an object");
                    }
                    Map<String, String> fields = object(p);
                    Entry e = entry(fields, line, key);
                    put(byFile, key, e);
                    put(byId, key, e);
                }
            }
            if (p.nextToken() != null)
                throw new ManifestException(at(p.currentTokenLocation()) + ": unexpected content after the manifest");
        } catch (JsonProcessingException e) {
            throw new ManifestException(at(e.getLocation()) + ": malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ManifestException(file + ": " + e.getMessage());
        }
    }

    /** The fields of the object the parser is at, as text; nested objects and arrays are refused. */
    private Map<String, String> object(JsonParser p) throws IOException, ManifestException {
        Map<String, String> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                throw new ManifestException(
                        at(p.currentTokenLocation()) + ": \"" + name + "\" must be text or a number");
            }
            if (v != JsonToken.VALUE_NULL) out.put(name, p.getText());
        }
        return out;
    }

    private void add(Map<String, String> row, int line) throws ManifestException {
        String fileKey = null, idKey = null;
        for (Map.Entry<String, String> c : row.entrySet()) {
            String k = norm(c.getKey());
            String v = c.getValue() == null ? "" : c.getValue().strip();
            if (v.isEmpty()) continue;
            if (FILE_KEYS.contains(k)) fileKey = v.replace('\\', '/');
            else if (ID_KEYS.contains(k)) idKey = v;
        }
        if (fileKey == null && idKey == null) {
            throw new ManifestException(
                    file + ":" + line + ": entry has no file name or id (a \"file\" or \"id\" column)");
        }
        Entry e = entry(row, line, fileKey != null ? fileKey : idKey);
        if (fileKey != null) put(byFile, fileKey, e);
        if (idKey != null) put(byId, idKey, e);
    }

    private Entry entry(Map<String, String> row, int line, String key) {
        String agent = null, team = null, date = null, customer = null;
        Map<String, String> extra = new TreeMap<>();
        for (Map.Entry<String, String> c : row.entrySet()) {
            String k = norm(c.getKey());
            String v = c.getValue() == null ? "" : c.getValue().strip();
            if (v.isEmpty() || FILE_KEYS.contains(k) || ID_KEYS.contains(k)) continue;
            switch (FIELDS.getOrDefault(k, "")) {
                case "agent" -> agent = v;
                case "team" -> team = v;
                case "date" -> date = v;
                case "customer" -> customer = v;
                default -> extra.put(c.getKey().strip(), v);
            }
        }
        return new Entry(line, key, new Metadata(agent, team, customer, date, extra));
    }

    @SuppressWarnings("ReferenceEquality") // the same entry put under its own key again is no duplicate
    private void put(Map<String, Entry> map, String key, Entry e) throws ManifestException {
        Entry had = map.putIfAbsent(key, e);
        if (had != null && had != e) {
            throw new ManifestException(
                    file + ":" + e.line() + ": \"" + key + "\" is listed twice (first on line " + had.line() + ")");
        }
    }

    private String at(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? file.toString() : file + ":" + loc.getLineNr();
    }

    private static String norm(String column) {
        return column == null ? "" : column.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }
}
