package org.cxlint.ingest.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.JsonInput;
import org.cxlint.ingest.Probe;
import org.cxlint.ingest.Readers;
import org.cxlint.ingest.SingleTranscriptReader;
import org.cxlint.ingest.TurnsBuilder;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;

/**
 * Deepgram {@code /v1/listen} response. Prefers {@code results.utterances} ({@code utterances=true});
 * otherwise groups the diarized {@code words} of each channel. Speakers are numbers (0, 1) with
 * {@code diarize=true}, or channels with {@code multichannel=true}: labels "0", "1" or "ch0", "ch1".
 */
public final class DeepgramReader implements SingleTranscriptReader {
    @Override
    public String name() {
        return "deepgram";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "Deepgram /v1/listen response with diarize (results.utterances or results.channels[].alternatives[].words)";
    }

    @Override
    public boolean sniff(Probe probe) {
        return probe.json()
                .map(n -> n.path("results").path("channels").isArray())
                .orElse(false);
    }

    @Override
    public Transcript readOne(String source, String content) throws InputException {
        JsonNode root = JsonInput.parse(source, content);
        JsonNode results = root.path("results");
        int channels = results.path("channels").size();
        boolean multichannel = channels > 1;
        TurnsBuilder turns = TurnsBuilder.speech();
        JsonNode utterances = results.path("utterances");
        if (utterances.isArray() && !utterances.isEmpty()) {
            for (JsonNode u : utterances) {
                String label = label(u, multichannel);
                if (label == null) throw noSpeakers(source);
                turns.add(
                        Speaker.UNKNOWN,
                        label,
                        JsonInput.text(u, "transcript"),
                        JsonInput.number(u, "start", 1),
                        JsonInput.number(u, "end", 1),
                        JsonInput.position(u, "transcript"));
            }
        } else {
            for (int c = 0; c < channels; c++) {
                JsonNode words = results.path("channels")
                        .path(c)
                        .path("alternatives")
                        .path(0)
                        .path("words");
                for (JsonNode w : words) {
                    String label = multichannel ? "ch" + c : label(w, false);
                    if (label == null) throw noSpeakers(source);
                    String field = JsonInput.text(w, "punctuated_word") != null ? "punctuated_word" : "word";
                    turns.add(
                            Speaker.UNKNOWN,
                            label,
                            JsonInput.text(w, field),
                            JsonInput.number(w, "start", 1),
                            JsonInput.number(w, "end", 1),
                            JsonInput.position(w, field));
                }
            }
        }
        if (turns.isEmpty()) throw new InputException(source, "the Deepgram response holds no words");
        return new Transcript(Readers.baseName(source), source, name(), "call", null, turns.build());
    }

    private static String label(JsonNode n, boolean multichannel) {
        if (multichannel && n.has("channel")) return "ch" + n.get("channel").asInt();
        return n.hasNonNull("speaker") ? n.get("speaker").asText() : null;
    }

    private static InputException noSpeakers(String source) {
        return new InputException(
                source,
                "no speakers in this Deepgram response; request it with diarize=true "
                        + "(or multichannel=true for one channel per party) so agent and customer can be told apart");
    }
}
