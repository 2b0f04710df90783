package org.cxlint.ingest.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.JsonInput;
import org.cxlint.ingest.Probe;
import org.cxlint.ingest.Readers;
import org.cxlint.ingest.SingleTranscriptReader;
import org.cxlint.ingest.TurnsBuilder;
import org.cxlint.model.Metadata;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;

/**
 * Amazon Bedrock Data Automation "standard output" for audio: {@code audio_segments[]} with
 * {@code speaker.speaker_label} (spk_0, spk_1: no roles, so roles are mapped or inferred) and
 * millisecond timestamps.
 */
public final class AwsBdaReader implements SingleTranscriptReader {
    @Override
    public String name() {
        return "aws-bda";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "Amazon Bedrock Data Automation audio output (audio_segments[] with speaker_label spk_N)";
    }

    @Override
    public boolean sniff(Probe probe) {
        return probe.json()
                .map(n -> {
                    JsonNode s = JsonInput.first(n, "audio_segments");
                    return s.has("start_timestamp_millis") && (s.has("speaker") || s.has("channel"));
                })
                .orElse(false);
    }

    @Override
    public Transcript readOne(String source, String content) throws InputException {
        JsonNode root = JsonInput.parse(source, content);
        TurnsBuilder turns = TurnsBuilder.speech();
        int n = 0;
        for (JsonNode s : root.path("audio_segments")) {
            n++;
            if (!"TRANSCRIPT".equalsIgnoreCase(s.path("type").asText("TRANSCRIPT"))) continue;
            String label = JsonInput.text(s.path("speaker"), "speaker_label");
            if (label == null) label = JsonInput.text(s.path("channel"), "channel_label");
            if (label == null)
                throw new InputException(source, "audio segment " + n + " has no speaker or channel label");
            turns.add(
                    Speaker.parse(label).orElse(Speaker.UNKNOWN),
                    label,
                    JsonInput.text(s, "text"),
                    JsonInput.number(s, "start_timestamp_millis", 1000),
                    JsonInput.number(s, "end_timestamp_millis", 1000),
                    JsonInput.position(s, "text"));
        }
        if (turns.isEmpty()) throw new InputException(source, "no transcript text in \"audio_segments\"");
        String key = JsonInput.text(root.path("metadata"), "s3_key");
        Metadata meta = key == null ? Metadata.EMPTY : new Metadata(null, null, null, null, Map.of("audio", key));
        return new Transcript(Readers.baseName(source), source, name(), "call", meta, turns.build());
    }
}
