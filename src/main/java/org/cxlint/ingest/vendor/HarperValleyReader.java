package org.cxlint.ingest.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.JsonInput;
import org.cxlint.ingest.Probe;
import org.cxlint.ingest.Readers;
import org.cxlint.ingest.SingleTranscriptReader;
import org.cxlint.ingest.SourceText;
import org.cxlint.ingest.TurnsBuilder;
import org.cxlint.model.Metadata;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;

/**
 * Gridspace-Stanford Harper Valley Bank: {@code transcript/<sid>.json} is an array of segments with
 * {@code speaker_role} agent/caller, machine {@code transcript}, corrected {@code human_transcript} and
 * millisecond {@code offset_ms}/{@code duration_ms}. The human transcript is used when present (ASR errors
 * would otherwise be scored as the agent's words). Noise markers ({@code [noise]}, {@code <unk>}) are dropped.
 * When the companion {@code metadata/<sid>.json} exists it supplies agent and caller names, task and the
 * caller's rating of the agent.
 */
public final class HarperValleyReader implements SingleTranscriptReader {
    @Override
    public String name() {
        return "harper-valley";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "Gridspace-Stanford Harper Valley Bank transcript (array of segments with speaker_role agent/caller)";
    }

    @Override
    public boolean sniff(Probe probe) {
        return probe.json()
                .map(n -> n.isArray()
                        && !n.isEmpty()
                        && n.get(0).has("speaker_role")
                        && (n.get(0).has("transcript") || n.get(0).has("human_transcript")))
                .orElse(false);
    }

    @Override
    public Transcript readOne(String source, String content) throws InputException {
        JsonNode root = JsonInput.parse(source, content);
        if (!root.isArray()) throw new InputException(source, "expected a JSON array of transcript segments");
        List<JsonNode> segments = new ArrayList<>();
        root.forEach(segments::add);
        segments.sort((a, b) -> Double.compare(
                a.path("offset_ms").asDouble(), b.path("offset_ms").asDouble()));
        TurnsBuilder turns = TurnsBuilder.speech();
        for (JsonNode s : segments) {
            String role = JsonInput.text(s, "speaker_role");
            String field = "human_transcript";
            String text = JsonInput.text(s, field);
            if (text == null || text.isBlank()) text = JsonInput.text(s, field = "transcript");
            if (text == null) continue;
            String raw = text;
            text = text.replaceAll("\\[[a-z_ ]+]|<unk>", " ");
            var at = JsonInput.position(s, field);
            if (at != null && !text.equals(raw)) at = at.start(); // noise tags taken out: only the start is known
            Double start = JsonInput.number(s, "offset_ms", 1000);
            Double duration = JsonInput.number(s, "duration_ms", 1000);
            turns.add(
                    Speaker.parse(role).orElse(Speaker.UNKNOWN),
                    role,
                    text,
                    start,
                    start == null || duration == null
                            ? null
                            : (s.path("offset_ms").asDouble()
                                            + s.path("duration_ms").asDouble())
                                    / 1000,
                    at);
        }
        if (turns.isEmpty()) throw new InputException(source, "no speech in the transcript segments");
        String sid = Readers.baseName(source);
        return new Transcript(sid, source, name(), "call", metadata(source, sid), turns.build());
    }

    /** The companion file, if it sits where the dataset puts it; a broken one is ignored, not fatal. */
    private static Metadata metadata(String source, String sid) {
        Path dir = Path.of(source).toAbsolutePath().getParent();
        if (dir == null || dir.getParent() == null) return Metadata.EMPTY;
        Path meta = dir.getParent().resolve("metadata").resolve(sid + ".json");
        if (!Files.isRegularFile(meta)) return Metadata.EMPTY;
        try {
            JsonNode m = JsonInput.parse(meta.toString(), SourceText.read(meta).text());
            Map<String, String> extra = new LinkedHashMap<>();
            List<String> tasks = new ArrayList<>();
            m.path("tasks").forEach(t -> tasks.add(t.path("task_type").asText()));
            if (!tasks.isEmpty()) extra.put("task", String.join(",", tasks));
            String rating =
                    JsonInput.text(m.path("caller").path("survey_response").path("data"), "partner_rating");
            if (rating != null) extra.put("caller_rating_of_agent", rating);
            return new Metadata(
                    JsonInput.text(m.path("agent").path("metadata"), "agent_name"),
                    null,
                    JsonInput.text(m.path("caller").path("metadata"), "first and last name"),
                    null,
                    extra);
        } catch (InputException e) {
            return Metadata.EMPTY;
        }
    }
}
