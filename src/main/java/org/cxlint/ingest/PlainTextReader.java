package org.cxlint.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.model.Metadata;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;

/**
 * Plain text: {@code Agent: ...} / {@code Customer: ...} lines, each optionally led by a
 * {@code [mm:ss]} or {@code [hh:mm:ss]} stamp, or a {@code [mm:ss-mm:ss]} range when the end is known.
 * Lines without a label continue the previous turn.
 * Leading {@code # key: value} lines carry id, channel and metadata.
 */
public final class PlainTextReader implements SingleTranscriptReader {
    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:\\[(?<stamp>\\d{1,2}(?::\\d{2}){1,2}(?:\\.\\d+)?)(?:\\s*-\\s*(?<until>\\d{1,2}(?::\\d{2}){1,2}(?:\\.\\d+)?))?]\\s*)?(?<label>[A-Za-z][A-Za-z ]{0,20}?)\\s*:\\s?(?<text>.*)$");
    private static final Pattern HEADER = Pattern.compile("^#\\s*(?<key>[A-Za-z_-]+)\\s*:\\s*(?<value>.*)$");

    @Override
    public String name() {
        return "text";
    }

    @Override
    public List<String> extensions() {
        return List.of("txt");
    }

    @Override
    public String description() {
        return "\"Agent: ...\" / \"Customer: ...\" lines, optional [mm:ss] stamps and # key: value header";
    }

    @Override
    public boolean sniff(Probe probe) {
        for (String line : probe.text().split("\\R", 20)) {
            Matcher m = LINE.matcher(line);
            if (m.matches() && Speaker.parse(m.group("label")).isPresent()) return true;
        }
        return false;
    }

    @Override
    public Transcript readOne(String source, String content) throws InputException {
        Map<String, String> header = new LinkedHashMap<>();
        List<Turn> turns = new ArrayList<>();
        Speaker speaker = null;
        StringBuilder text = new StringBuilder();
        Double start = null;
        Double until = null;
        int[] at = null; // line and column where the turn's text starts (its label's line while it has none)
        SourceLines src = new SourceLines(content);
        String[] lines = content.split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            Matcher h = HEADER.matcher(line);
            if (speaker == null && h.matches()) {
                header.put(
                        h.group("key").toLowerCase(java.util.Locale.ROOT),
                        h.group("value").trim());
                continue;
            }
            Matcher m = LINE.matcher(line);
            var parsed = m.matches() ? Speaker.parse(m.group("label")) : java.util.Optional.<Speaker>empty();
            if (parsed.isPresent()) {
                if (speaker != null) turns.add(turn(turns.size(), speaker, text, start, until, at, src));
                speaker = parsed.get();
                start = m.group("stamp") == null ? null : seconds(m.group("stamp"));
                until = m.group("until") == null ? null : seconds(m.group("until"));
                if (until != null && until < start) {
                    throw new InputException(source, "line " + (n + 1) + ": the stamp's end is before its start");
                }
                text.setLength(0);
                text.append(m.group("text"));
                String first = m.group("text");
                at = new int[] {
                    n + 1,
                    m.start("text") + first.length() - first.stripLeading().length() + 1
                };
            } else if (speaker != null) {
                if (!line.isBlank() && text.toString().isBlank()) {
                    text.setLength(0);
                    at = new int[] {n + 1, line.length() - line.stripLeading().length() + 1};
                }
                if (!line.isBlank()) text.append(text.isEmpty() ? "" : " ").append(line.strip());
            } else if (!line.isBlank()) {
                throw new InputException(
                        source,
                        "line " + (n + 1)
                                + ": expected \"Agent: ...\" or \"Customer: ...\" (optionally after a [mm:ss] stamp)");
            }
        }
        if (speaker != null) turns.add(turn(turns.size(), speaker, text, start, until, at, src));
        if (turns.isEmpty()) throw new InputException(source, "no \"Agent:\" or \"Customer:\" lines");
        String id = header.remove("id");
        String channel = header.remove("channel");
        Metadata meta = new Metadata(
                header.remove("agent"),
                header.remove("team"),
                header.remove("customer"),
                header.remove("date"),
                header);
        return new Transcript(id != null ? id : Readers.baseName(source), source, name(), channel, meta, turns);
    }

    /** The turn, placed at the first character of its text (verbatim when that line holds all of it). */
    private static Turn turn(
            int index, Speaker speaker, StringBuilder text, Double start, Double until, int[] at, SourceLines source) {
        String t = text.toString().strip();
        Turn.Position p = at == null ? null : source.at(at[0], at[1], t);
        return new Turn(index, speaker, t, start, until, null, p);
    }

    static double seconds(String stamp) {
        String[] parts = stamp.split(":");
        double s = 0;
        for (String p : parts) s = s * 60 + Double.parseDouble(p);
        return s;
    }
}
