package org.cxlint.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;

/**
 * What WebVTT and SRT share: timed cues whose speaker is a voice tag ({@code <v Name>text}) or a
 * {@code Name:} prefix. A cue naming nobody continues the previous speaker, as captions do.
 */
final class SubtitleCues {
    /** @param textLine the 1-based line of the cue's first text line */
    record Cue(int line, double start, double end, String text, int textLine) {}

    /** hh:mm:ss.mmm or mm:ss.mmm, with "." (WebVTT) or "," (SRT) before the milliseconds. */
    static final String TIME = "(?:\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}";

    static final Pattern TIMING = Pattern.compile("^\\s*(" + TIME + ")\\s*-->\\s*(" + TIME + ").*$");
    // a tag holds no "<": each match attempt stops at the next one, so 50k stray "<" take linear time, not minutes
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[\\w.-]+)?\\s+([^<>]+)>");
    private static final Pattern PREFIX =
            Pattern.compile("^\\s*-?\\s*([\\p{L}][\\p{L}\\p{N}_.' -]{0,30}?)\\s*:\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[^<>]*>");

    private SubtitleCues() {}

    static double seconds(String stamp) {
        String[] parts = stamp.replace(',', '.').split(":");
        double s = 0;
        for (String p : parts) s = s * 60 + Double.parseDouble(p);
        return s;
    }

    /** Builds the transcript; fails when no cue names a speaker, since then nobody can be scored as the agent. */
    static Transcript transcript(String source, String format, List<Cue> cues, SourceLines lines)
            throws InputException {
        if (cues.isEmpty()) throw new InputException(source, "no cues (\"00:00:01.000 --> 00:00:04.000\" lines)");
        TurnsBuilder turns = TurnsBuilder.speech();
        String label = null;
        boolean named = false;
        for (Cue c : cues) {
            String text = c.text();
            Matcher v = VOICE.matcher(text);
            if (v.find()) {
                label = v.group(1).strip();
                named = true;
            } else {
                Matcher p = PREFIX.matcher(TAG.matcher(text).replaceAll(""));
                if (p.matches() && p.group(1).split("\\s+").length <= 3) {
                    label = p.group(1).strip();
                    text = p.group(2);
                    named = true;
                }
            }
            String plain = TAG.matcher(text)
                    .replaceAll("")
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&nbsp;", " ");
            if (label == null) continue;
            // the words end their line when the cue has one text line and no markup or entity in them
            String clean = TurnsBuilder.clean(plain);
            turns.add(
                    Speaker.parse(label).orElse(Speaker.UNKNOWN),
                    label,
                    clean,
                    c.start(),
                    c.end(),
                    lines.ending(c.textLine(), clean));
        }
        if (!named) {
            throw new InputException(
                    source,
                    "no cue names its speaker; mark speakers with voice tags (<v Agent>...) "
                            + "or \"Name: \" prefixes so agent and customer can be told apart");
        }
        return new Transcript(Readers.baseName(source), source, format, null, null, turns.build());
    }

    /** Splits text into blocks at blank lines, keeping each block's first line number (1-based). */
    static List<Block> blocks(String content) {
        List<Block> out = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        List<String> cur = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean blank = i == lines.length || lines[i].isBlank();
            if (blank) {
                if (!cur.isEmpty()) out.add(new Block(start + 1, List.copyOf(cur)));
                cur.clear();
            } else {
                if (cur.isEmpty()) start = i;
                cur.add(i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i]);
            }
        }
        return out;
    }

    record Block(int line, List<String> lines) {}
}
