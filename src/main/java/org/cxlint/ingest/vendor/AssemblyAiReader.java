package org.cxlint.ingest.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
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
 * AssemblyAI v2 transcript object with {@code speaker_labels=true}: {@code utterances[]} with speaker
 * "A", "B"... and millisecond times; falls back to the speaker-tagged {@code words[]}.
 */
public final class AssemblyAiReader implements SingleTranscriptReader {
    @Override
    public String name() {
        return "assemblyai";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "AssemblyAI transcript with speaker_labels (utterances[] with speaker A, B)";
    }

    @Override
    public boolean sniff(Probe probe) {
        return probe.json()
                .map(n -> n.isObject() && n.has("utterances") && (n.has("audio_url") || n.has("speaker_labels")))
                .orElse(false);
    }

    @Override
    public Transcript readOne(String source, String content) throws InputException {
        JsonNode root = JsonInput.parse(source, content);
        String status = JsonInput.text(root, "status");
        if (status != null && !status.equals("completed")) {
            String error = JsonInput.text(root, "error");
            throw new InputException(
                    source,
                    "the AssemblyAI transcript status is " + status + (error == null ? "" : " (" + error + ")")
                            + ", not completed");
        }
        TurnsBuilder turns = TurnsBuilder.speech();
        JsonNode utterances = root.path("utterances");
        JsonNode segments = utterances.isArray() && !utterances.isEmpty() ? utterances : root.path("words");
        boolean labelled = false;
        for (JsonNode u : segments) {
            String label = JsonInput.text(u, "speaker");
            if (label == null) label = JsonInput.text(u, "channel");
            labelled |= label != null;
            // an utterance without a speaker is kept as an unknown speaker's: it must not end the transcript (issue 15)
            turns.add(
                    label == null ? Speaker.UNKNOWN : Speaker.parse(label).orElse(Speaker.UNKNOWN),
                    label,
                    JsonInput.text(u, "text"),
                    JsonInput.number(u, "start", 1000),
                    JsonInput.number(u, "end", 1000),
                    JsonInput.position(u, "text"));
        }
        if (!labelled) {
            throw new InputException(
                    source,
                    "no speaker-labelled utterances in this AssemblyAI transcript; request it with "
                            + "speaker_labels=true (or multichannel=true) so agent and customer can be told apart");
        }
        Map<String, String> extra = new LinkedHashMap<>();
        String id = JsonInput.text(root, "id");
        String lang = JsonInput.text(root, "language_code");
        if (lang != null) extra.put("language", lang);
        return new Transcript(
                id != null ? id : Readers.baseName(source),
                source,
                name(),
                "call",
                new Metadata(null, null, null, null, extra),
                turns.build());
    }
}
