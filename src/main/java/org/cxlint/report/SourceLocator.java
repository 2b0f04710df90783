package org.cxlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.SourceText;

/**
 * Finds where a finding's words sit in the source file (1-based line and column in UTF-16 units), so a
 * code-scanning UI can underline them. Readers keep no positions, so this re-reads the file: for the
 * text format each turn is a labelled line (plus continuation lines), for JSON the turn's "text" value.
 * When the words cannot be placed exactly it falls back to the turn's first line, then to line 1.
 */
public final class SourceLocator {
    /** A span in the file; end is exclusive. */
    public record Region(int startLine, int startColumn, int endLine, int endColumn) {}

    // Must agree with PlainTextReader; a disagreement only costs precision, as results are verified below.
    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:\\[\\d{1,2}(?::\\d{2}){1,2}(?:\\.\\d+)?]\\s*)?(?<label>[A-Za-z][A-Za-z ]{0,20}?)\\s*:\\s?(?<text>.*)$");
    private static final Pattern HEADER = Pattern.compile("^#\\s*[A-Za-z_-]+\\s*:.*$");

    /** Per turn, the file position of each character of the turn text as the reader built it. */
    private final List<int[][]> turns;
    private final String content;

    private SourceLocator(String content, List<int[][]> turns) {
        this.content = content;
        this.turns = turns;
    }

    /** A locator for one transcript file; never fails, at worst it knows nothing. */
    public static SourceLocator of(String source, String format) {
        String content;
        try {
            // a file holding many transcripts names each one file#id; the words are still in that file
            Path file = Path.of(source);
            int hash = source.lastIndexOf('#');
            if (!java.nio.file.Files.exists(file) && hash > 0) file = Path.of(source.substring(0, hash));
            content = SourceText.read(file).text();
        } catch (InputException | RuntimeException e) {
            return new SourceLocator("", List.of());
        }
        List<int[][]> turns;
        try {
            turns = "json".equals(format) ? jsonTurns(content) : "text".equals(format) ? textTurns(content) : List.of();
        } catch (IOException | RuntimeException e) {
            turns = List.of();
        }
        return new SourceLocator(content, turns);
    }

    /**
     * @param turn  1-based turn number
     * @param start 0-based offset in the turn text, or null for the whole turn
     */
    public Region locate(int turn, Integer start, Integer end, String quote) {
        int[][] pos = turn >= 1 && turn <= turns.size() ? turns.get(turn - 1) : null;
        if (pos != null && pos.length > 0) {
            if (start != null && end != null && end > start && end <= pos.length) {
                int[] a = pos[start];
                int[] b = pos[end - 1];
                return new Region(a[0], a[1], b[0], b[1] + 1);
            }
            int[] a = pos[0];
            int[] b = pos[pos.length - 1];
            return new Region(a[0], a[1], b[0], b[1] + 1);
        }
        if (quote != null && !quote.isEmpty()) {
            int at = content.indexOf(quote);
            if (at >= 0) {
                int[] a = lineCol(at);
                int[] b = lineCol(at + quote.length());
                return new Region(a[0], a[1], b[0], b[1]);
            }
        }
        return new Region(1, 1, 1, 1);
    }

    private int[] lineCol(int offset) {
        int line = 1, col = 1;
        for (int i = 0; i < offset; i++) {
            if (content.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** Rebuilds each turn's text as PlainTextReader does (first line, then stripped continuation lines). */
    private static List<int[][]> textTurns(String content) {
        List<int[][]> out = new ArrayList<>();
        List<int[]> pos = null;
        StringBuilder text = new StringBuilder();
        String[] lines = content.split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (pos == null && HEADER.matcher(line).matches()) continue;
            Matcher m = LINE.matcher(line);
            if (m.matches() && org.cxlint.model.Speaker.parse(m.group("label")).isPresent()) {
                if (pos != null) out.add(stripped(text, pos));
                pos = new ArrayList<>();
                text.setLength(0);
                for (int c = m.start("text"); c < line.length(); c++) {
                    text.append(line.charAt(c));
                    pos.add(new int[] {n + 1, c + 1});
                }
            } else if (pos != null && !line.isBlank()) {
                int lead = line.length() - line.stripLeading().length();
                String s = line.strip();
                if (!text.isEmpty()) {
                    text.append(' ');
                    pos.add(new int[] {n + 1, lead + 1});
                }
                for (int c = 0; c < s.length(); c++) {
                    text.append(s.charAt(c));
                    pos.add(new int[] {n + 1, lead + c + 1});
                }
            }
        }
        if (pos != null) out.add(stripped(text, pos));
        return out;
    }

    private static int[][] stripped(StringBuilder text, List<int[]> pos) {
        String s = text.toString();
        int lead = s.length() - s.stripLeading().length();
        int len = s.strip().length();
        return pos.subList(lead, lead + len).toArray(new int[0][]);
    }

    /** Finds turns[i].text string tokens and maps each decoded character back to the raw JSON. */
    private static List<int[][]> jsonTurns(String content) throws IOException {
        List<int[][]> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(content)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return out;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (!"turns".equals(field) || v != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int[][] pos = new int[0][];
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        JsonToken t = p.nextToken();
                        if ("text".equals(f) && t == JsonToken.VALUE_STRING) {
                            var loc = p.currentTokenLocation();
                            pos = decode(content, (int) loc.getCharOffset(), loc.getLineNr(), loc.getColumnNr());
                        } else {
                            p.skipChildren();
                        }
                    }
                    out.add(pos);
                }
                return out;
            }
        }
        return out;
    }

    /** @param quoteAt offset of the opening quote; JSON strings hold no raw line breaks, so the line is fixed */
    private static int[][] decode(String raw, int quoteAt, int line, int quoteCol) {
        List<int[]> pos = new ArrayList<>();
        int i = quoteAt + 1;
        while (i < raw.length() && raw.charAt(i) != '"') {
            int col = quoteCol + (i - quoteAt);
            pos.add(new int[] {line, col});
            if (raw.charAt(i) == '\\') i += raw.charAt(i + 1) == 'u' ? 6 : 2;
            else i++;
        }
        return pos.toArray(new int[0][]);
    }
}
