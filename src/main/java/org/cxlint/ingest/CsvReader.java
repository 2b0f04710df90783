package org.cxlint.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;

/**
 * A chat or call export with one turn per row and a header row. Columns are found by name (case, spaces,
 * "_" and "-" ignored): conversation id, speaker, text, and optionally start, end and channel (see
 * {@link #COLUMNS}). Comma, semicolon and tab separators are detected from the header. Times may be
 * seconds, [hh:]mm:ss or ISO-8601 date-times (chat exports); each conversation's times are made relative
 * to its first turn. Rows are grouped by conversation id, keeping file order; a bad row fails only its
 * conversation.
 */
public final class CsvReader implements TranscriptReader {
    static final Map<String, List<String>> COLUMNS = Map.of(
            "conversation",
                    List.of(
                            "conversationid",
                            "conversation",
                            "callid",
                            "chatid",
                            "sessionid",
                            "transcriptid",
                            "ticketid",
                            "interactionid",
                            "contactid",
                            "id"),
            "speaker",
                    List.of(
                            "speaker",
                            "role",
                            "speakerrole",
                            "participant",
                            "participantrole",
                            "author",
                            "sender",
                            "from",
                            "party"),
            "text", List.of("text", "message", "utterance", "content", "transcript", "body"),
            "start", List.of("start", "starttime", "begin", "offset", "timestamp", "time", "sentat", "createdat"),
            "end", List.of("end", "endtime", "stop"),
            "channel", List.of("channel"));
    private static final CsvMapper CSV =
            new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES);

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv", "tsv");
    }

    @Override
    public String description() {
        return "one turn per row with a header: conversation id, speaker, text, optional start/end times";
    }

    @Override
    public boolean sniff(Probe probe) {
        if (probe.looksLikeJson()) return false;
        String header = probe.firstLine();
        char sep = separator(header);
        if (sep == 0) return false;
        Map<String, Integer> cols = columns(header.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1));
        return cols.containsKey("speaker") && cols.containsKey("text");
    }

    static char separator(String header) {
        char best = 0;
        int most = 0;
        for (char c : new char[] {',', ';', '\t'}) {
            int n = (int) header.chars().filter(ch -> ch == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    static String norm(String header) {
        return header.strip().replace("\"", "").replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }

    /** Role name to column index, the first matching alias winning. */
    static Map<String, Integer> columns(String[] header) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (var e : COLUMNS.entrySet()) {
            for (String alias : e.getValue()) {
                for (int i = 0; i < header.length && !out.containsKey(e.getKey()); i++) {
                    if (norm(header[i]).equals(alias)) out.put(e.getKey(), i);
                }
            }
        }
        return out;
    }

    /** @param at where the text cell's words start in the file, or null when its row cannot be placed */
    record Row(
            int line,
            String conversation,
            String speaker,
            String text,
            String start,
            String end,
            String channel,
            Turn.Position at) {}

    @Override
    public ReadResult read(String source, String content) throws InputException {
        String body = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String headerLine = new Probe(body).firstLine();
        char sep = separator(headerLine);
        if (sep == 0) throw new InputException(source, "no header row with separated column names");
        List<String[]> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(sep))
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(body)) {
            while (it.hasNextValue()) {
                lineNumbers.add(it.getCurrentLocation().getLineNr());
                records.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(
                    source,
                    "malformed CSV: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (records.isEmpty()) throw new InputException(source, "no rows");
        Map<String, Integer> cols = columns(records.get(0));
        for (String need : List.of("speaker", "text")) {
            if (!cols.containsKey(need)) {
                throw new InputException(
                        source,
                        "no " + need + " column in the header (accepted names: " + String.join(", ", COLUMNS.get(need))
                                + ")");
            }
        }
        Map<String, List<Row>> byConversation = new LinkedHashMap<>();
        String base = Readers.baseName(source);
        SourceLines lines = new SourceLines(body);
        for (int i = 1; i < records.size(); i++) {
            String[] r = records.get(i);
            if (r.length == 1 && r[0].isBlank()) continue;
            String text = cell(r, cols.get("text"));
            int line = lineNumbers.get(i);
            int column = cellColumn(lines.line(line), sep, cols.get("text"));
            Row row = new Row(
                    line,
                    cell(r, cols.get("conversation")),
                    cell(r, cols.get("speaker")),
                    text,
                    cell(r, cols.get("start")),
                    cell(r, cols.get("end")),
                    cell(r, cols.get("channel")),
                    text == null || column < 1 ? null : lines.at(line, column, text.strip()));
            String id = row.conversation() == null || row.conversation().isBlank() ? base : row.conversation();
            byConversation.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
        }
        ReadResult.Builder out = new ReadResult.Builder();
        for (var e : byConversation.entrySet()) {
            try {
                out.add(conversation(source, e.getKey(), e.getValue()));
            } catch (InputException ex) {
                out.error(new InputException(
                        source, (byConversation.size() > 1 ? "conversation " + e.getKey() + ": " : "") + ex.reason()));
            }
        }
        return out.build();
    }

    /**
     * The 1-based column where cell {@code index} of a record's first line starts its words (past an opening
     * quote and the blanks TRIM_SPACES drops), or -1 when that line ends first (the record spans lines).
     */
    static int cellColumn(String line, char sep, int index) {
        int i = 0;
        for (int cell = 0; cell < index; cell++) {
            boolean quoted = false;
            for (; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') quoted = !quoted;
                else if (c == sep && !quoted) break;
            }
            if (i >= line.length()) return -1;
            i++;
        }
        while (i < line.length() && line.charAt(i) == ' ') i++;
        if (i < line.length() && line.charAt(i) == '"') i++;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        return i + 1;
    }

    private static String cell(String[] r, Integer col) {
        return col == null || col >= r.length ? null : r[col];
    }

    private Transcript conversation(String source, String id, List<Row> rows) throws InputException {
        List<Turn> turns = new ArrayList<>();
        String channel = null;
        for (Row row : rows) {
            if (row.speaker() == null || row.speaker().isBlank()) {
                throw new InputException(source, "line " + row.line() + ": no speaker");
            }
            if (row.text() == null || row.text().isBlank()) continue;
            Double start = time(source, row.line(), row.start());
            Double end = time(source, row.line(), row.end());
            if (channel == null && row.channel() != null && !row.channel().isBlank())
                channel = row.channel().strip();
            String label = row.speaker().strip();
            turns.add(new Turn(
                    turns.size(),
                    Speaker.parse(label).orElse(Speaker.UNKNOWN),
                    row.text().strip(),
                    start,
                    end,
                    label,
                    row.at()));
        }
        return new Transcript(id, source, name(), channel, null, relative(turns));
    }

    /** Seconds: a number, [hh:]mm:ss[.f], or an ISO-8601 date-time (as epoch seconds, made relative later). */
    static Double time(String source, int line, String value) throws InputException {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            if (v.matches("\\d+(\\.\\d+)?")) {
                double s = Double.parseDouble(v);
                if (!Double.isFinite(s)) throw outOfRange(source, line, v, "too large");
                return s;
            }
            if (v.matches("(\\d{1,2}:)?\\d{1,2}:\\d{2}([.,]\\d+)?")) return SubtitleCues.seconds(v.replace(',', '.'));
            String iso = v.replace(' ', 'T');
            java.time.Instant at;
            try {
                at = OffsetDateTime.parse(iso).toInstant();
            } catch (DateTimeParseException e) {
                at = LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
            }
            // java.time parses years up to +-999999999; no export means them, and a millisecond count overflows
            if (at.isBefore(MIN_DATE) || at.isAfter(MAX_DATE)) throw outOfRange(source, line, v, "years 1 to 9999");
            return at.toEpochMilli() / 1000.0;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InputException(
                    source,
                    "line " + line + ": cannot read the time \"" + v
                            + "\" (use seconds, mm:ss, hh:mm:ss or an ISO-8601 date-time)");
        }
    }

    private static final java.time.Instant MIN_DATE = java.time.Instant.parse("0001-01-01T00:00:00Z");
    private static final java.time.Instant MAX_DATE = java.time.Instant.parse("9999-12-31T23:59:59.999999999Z");

    private static InputException outOfRange(String source, int line, String v, String range) {
        return new InputException(source, "line " + line + ": the time \"" + v + "\" is out of range (" + range + ")");
    }

    /** Date-times become seconds from the conversation's first turn, so timing facts read like a call's offsets. */
    private static List<Turn> relative(List<Turn> turns) {
        double origin = turns.stream()
                .map(Turn::start)
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(0);
        // offsets (seconds, mm:ss) are never negative; a date-time is far from 0, also before 1970
        if (origin >= 0 && origin < 24 * 3600) return turns;
        return turns.stream()
                .map(t -> t.withTimes(
                        t.start() == null ? null : t.start() - origin, t.end() == null ? null : t.end() - origin))
                .toList();
    }
}
