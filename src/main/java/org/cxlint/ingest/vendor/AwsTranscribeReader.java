package org.cxlint.ingest.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.JsonInput;
import org.cxlint.ingest.Probe;
import org.cxlint.ingest.Readers;
import org.cxlint.ingest.SingleTranscriptReader;
import org.cxlint.ingest.TurnsBuilder;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;

/**
 * Amazon Transcribe standard batch output with speaker diarization ({@code ShowSpeakerLabels}) or channel
 * identification. Speakers come from, in order of preference: {@code results.audio_segments} (newer
 * output), a {@code speaker_label} on each item, the {@code speaker_labels.segments} time map (older
 * output), or {@code channel_labels}. Times are strings of seconds. Labels (spk_0, ch_0) carry no roles.
 */
public final class AwsTranscribeReader implements SingleTranscriptReader {
    @Override
    public String name() {
        return "aws-transcribe";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "Amazon Transcribe standard output with speaker_labels or channel identification (results.transcripts, items)";
    }

    @Override
    public boolean sniff(Probe probe) {
        return probe.json()
                .map(n -> n.path("results").path("transcripts").isArray())
                .orElse(false);
    }

    @Override
    public Transcript readOne(String source, String content) throws InputException {
        JsonNode root = JsonInput.parse(source, content);
        JsonNode results = root.path("results");
        String status = JsonInput.text(root, "status");
        if (status != null && !status.equalsIgnoreCase("COMPLETED")) {
            throw new InputException(source, "the transcription job status is " + status + ", not COMPLETED");
        }
        TurnsBuilder turns = TurnsBuilder.speech();
        if (hasLabelledSegments(results.path("audio_segments"))) {
            for (JsonNode s : results.path("audio_segments")) {
                String label = label(s);
                turns.add(
                        role(label),
                        label,
                        JsonInput.text(s, "transcript"),
                        JsonInput.number(s, "start_time", 1),
                        JsonInput.number(s, "end_time", 1),
                        JsonInput.position(s, "transcript"));
            }
        } else {
            List<Word> words = words(results);
            if (words.isEmpty()) {
                throw new InputException(
                        source,
                        "no speaker labels or channels in this Amazon Transcribe output; run the job "
                                + "with ShowSpeakerLabels (diarization) or ChannelIdentification so agent and customer can be told apart");
            }
            for (Word w : words) turns.add(role(w.label), w.label, w.text.toString(), w.start, w.end);
        }
        if (turns.isEmpty()) throw new InputException(source, "the transcript is empty");
        String job = JsonInput.text(root, "jobName");
        return new Transcript(
                job != null ? job : Readers.baseName(source), source, name(), "call", null, turns.build());
    }

    private static final class Word {
        final String label;
        final StringBuilder text;
        final double start;
        final Double end;

        Word(String label, String text, double start, Double end) {
            this.label = label;
            this.text = new StringBuilder(text);
            this.start = start;
            this.end = end;
        }
    }

    private static boolean hasLabelledSegments(JsonNode segments) {
        return segments.isArray() && !segments.isEmpty() && label(segments.get(0)) != null;
    }

    private static String label(JsonNode n) {
        String l = JsonInput.text(n, "speaker_label");
        return l != null ? l : JsonInput.text(n, "channel_label");
    }

    private static Speaker role(String label) {
        return Speaker.parse(label).orElse(Speaker.UNKNOWN);
    }

    /** Words with their speaker; punctuation joins the word before it. Empty when no speaker is known. */
    private static List<Word> words(JsonNode results) {
        JsonNode channels = results.path("channel_labels").path("channels");
        Map<String, String> bySegment =
                speakerByStartTime(results.path("speaker_labels").path("segments"));
        List<Word> out = new ArrayList<>();
        if (!bySegment.isEmpty() || itemsHaveLabels(results.path("items"))) {
            collect(results.path("items"), null, bySegment, out);
        } else if (channels.isArray()) {
            for (JsonNode ch : channels) collect(ch.path("items"), JsonInput.text(ch, "channel_label"), Map.of(), out);
            // one list per channel: interleave them by time (within one list, the source order is kept)
            out.sort((a, b) -> Double.compare(a.start, b.start));
        }
        return out;
    }

    private static boolean itemsHaveLabels(JsonNode items) {
        for (JsonNode i : items) if (i.has("start_time")) return label(i) != null;
        return false;
    }

    private static void collect(JsonNode items, String fixedLabel, Map<String, String> bySegment, List<Word> out) {
        Word last = null;
        for (JsonNode item : items) {
            String content = JsonInput.text(item.path("alternatives").path(0), "content");
            if (content == null) continue;
            if ("punctuation".equals(JsonInput.text(item, "type"))) {
                if (last != null) last.text.append(content);
                continue;
            }
            Double start = JsonInput.number(item, "start_time", 1);
            if (start == null) continue;
            String label = fixedLabel != null ? fixedLabel : label(item);
            if (label == null) label = bySegment.get(JsonInput.text(item, "start_time"));
            if (label == null) continue;
            last = new Word(label, content, start, JsonInput.number(item, "end_time", 1));
            out.add(last);
        }
    }

    private static Map<String, String> speakerByStartTime(JsonNode segments) {
        Map<String, String> m = new HashMap<>();
        for (JsonNode seg : segments) {
            for (JsonNode i : seg.path("items")) {
                String l = JsonInput.text(i, "speaker_label");
                if (l == null) l = JsonInput.text(seg, "speaker_label");
                String t = JsonInput.text(i, "start_time");
                if (l != null && t != null) m.put(t, l);
            }
        }
        return m;
    }
}
