package org.cxlint.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.cxlint.model.Transcript;

/** WebVTT captions with {@code <v Speaker>} voice tags or {@code Speaker:} prefixes. NOTE, STYLE and REGION blocks are skipped. */
public final class WebVttReader implements SingleTranscriptReader {
    @Override
    public String name() {
        return "webvtt";
    }

    @Override
    public List<String> extensions() {
        return List.of("vtt");
    }

    @Override
    public String description() {
        return "WebVTT captions with <v Name> voice tags or \"Name:\" prefixes";
    }

    @Override
    public boolean sniff(Probe probe) {
        String h = probe.head();
        return h.startsWith("WEBVTT") && (h.length() == 6 || Character.isWhitespace(h.charAt(6)));
    }

    @Override
    public Transcript readOne(String source, String content) throws InputException {
        List<SubtitleCues.Cue> cues = new ArrayList<>();
        for (SubtitleCues.Block b : SubtitleCues.blocks(content)) {
            List<String> lines = b.lines();
            String first = lines.get(0).strip();
            if (first.startsWith("WEBVTT")
                    || first.startsWith("NOTE")
                    || first.equals("STYLE")
                    || first.equals("REGION")) {
                continue;
            }
            int t = 0;
            if (!SubtitleCues.TIMING.matcher(lines.get(0)).matches()) t = 1; // an optional cue identifier line
            if (t >= lines.size()) throw new InputException(source, "line " + b.line() + ": cue without a timing line");
            Matcher m = SubtitleCues.TIMING.matcher(lines.get(t));
            if (!m.matches()) {
                throw new InputException(
                        source,
                        "line " + (b.line() + t) + ": expected a cue timing like "
                                + "\"00:00:01.000 --> 00:00:04.000\", found \""
                                + lines.get(t).strip() + "\"");
            }
            String text = String.join(" ", lines.subList(t + 1, lines.size()));
            cues.add(new SubtitleCues.Cue(
                    b.line(),
                    SubtitleCues.seconds(m.group(1)),
                    SubtitleCues.seconds(m.group(2)),
                    text,
                    b.line() + t + 1));
        }
        return SubtitleCues.transcript(source, name(), cues, new SourceLines(content));
    }
}
