package org.cxlint.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.model.Transcript;

/** SubRip subtitles: numbered cues, {@code 00:00:01,000 --> 00:00:04,000}, text with {@code Speaker:} prefixes. */
public final class SrtReader implements SingleTranscriptReader {
    private static final Pattern SRT_START =
            Pattern.compile("^\\d+\\R+\\s*" + SubtitleCues.TIME + "\\s*-->.*", Pattern.DOTALL);

    @Override
    public String name() {
        return "srt";
    }

    @Override
    public List<String> extensions() {
        return List.of("srt");
    }

    @Override
    public String description() {
        return "SubRip subtitles with \"Name:\" prefixes or <v Name> tags";
    }

    @Override
    public boolean sniff(Probe probe) {
        String h = probe.head();
        return SRT_START.matcher(h.substring(0, Math.min(h.length(), 200))).matches();
    }

    @Override
    public Transcript readOne(String source, String content) throws InputException {
        List<SubtitleCues.Cue> cues = new ArrayList<>();
        for (SubtitleCues.Block b : SubtitleCues.blocks(content)) {
            List<String> lines = b.lines();
            int t = lines.get(0).strip().matches("\\d+") ? 1 : 0;
            Matcher m = t < lines.size() ? SubtitleCues.TIMING.matcher(lines.get(t)) : null;
            if (m == null || !m.matches()) {
                throw new InputException(
                        source,
                        "line " + (b.line() + t) + ": expected a cue timing like "
                                + "\"00:00:01,000 --> 00:00:04,000\"");
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
