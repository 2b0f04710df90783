package org.cxlint.ingest.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.JsonInput;
import org.cxlint.ingest.Probe;
import org.cxlint.ingest.ReadResult;
import org.cxlint.ingest.Readers;
import org.cxlint.ingest.TranscriptReader;
import org.cxlint.ingest.TurnsBuilder;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;

/**
 * Azure AI Language conversation input: {@code analysisInput.conversations[].conversationItems[]}
 * (or a bare {@code conversations[]} / {@code conversationItems[]}). The role comes from {@code role}
 * (agent, customer, generic) or else from {@code participantId} when it is a role word; other
 * participant ids are labels for mapping or inference. Times, when present, are in 100 ns ticks.
 */
public final class AzureConversationReader implements TranscriptReader {
    private static final double TICKS_PER_SECOND = 1e7;

    @Override
    public String name() {
        return "azure-conversation";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "Azure AI Language conversation items (analysisInput.conversations[].conversationItems[])";
    }

    @Override
    public boolean sniff(Probe probe) {
        return probe.json().map(n -> !conversations(n).isEmpty()).orElse(false);
    }

    private static List<JsonNode> conversations(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (!root.isObject()) return out;
        if (root.path("conversationItems").isArray()) out.add(root);
        JsonNode list = root.has("analysisInput")
                ? root.path("analysisInput").path("conversations")
                : root.path("conversations");
        for (JsonNode c : list) if (c.path("conversationItems").isArray()) out.add(c);
        return out;
    }

    @Override
    public ReadResult read(String source, String content) throws InputException {
        JsonNode root = JsonInput.parse(source, content);
        ReadResult.Builder out = new ReadResult.Builder();
        List<JsonNode> convs = conversations(root);
        for (int i = 0; i < convs.size(); i++) {
            JsonNode c = convs.get(i);
            String id = JsonInput.text(c, "id");
            if (id == null) id = Readers.baseName(source) + (convs.size() > 1 ? "-" + (i + 1) : "");
            try {
                out.add(conversation(source, id, c));
            } catch (InputException e) {
                out.error(new InputException(source, "conversation " + id + ": " + e.reason()));
            }
        }
        return out.build();
    }

    private Transcript conversation(String source, String id, JsonNode c) throws InputException {
        boolean timed = false;
        TurnsBuilder turns = TurnsBuilder.messages();
        int n = 0;
        for (JsonNode item : c.path("conversationItems")) {
            n++;
            String participant = JsonInput.text(item, "participantId");
            String role = JsonInput.text(item, "role");
            Speaker speaker = role != null && !role.equalsIgnoreCase("generic")
                    ? Speaker.parse(role).orElse(Speaker.UNKNOWN)
                    : Speaker.parse(participant).orElse(Speaker.UNKNOWN);
            String label = participant != null ? participant : role;
            if (label == null) throw new InputException(source, "item " + n + " has neither participantId nor role");
            String field = firstText(item, "text", "itn", "lexical", "maskedItn");
            double[] span = span(item);
            if (span != null) timed = true;
            turns.add(
                    speaker,
                    label,
                    field == null ? null : JsonInput.text(item, field),
                    span == null ? null : span[0],
                    span == null ? null : span[1],
                    JsonInput.position(item, field));
        }
        if (turns.isEmpty()) throw new InputException(source, "no conversation items with text");
        String modality = JsonInput.text(c, "modality");
        String channel = modality == null
                ? null
                : modality.toLowerCase(Locale.ROOT).equals("text") ? "chat" : timed ? "call" : null;
        return new Transcript(id, source, name(), channel, null, turns.build());
    }

    /** The first of these fields holding text, or null. */
    private static String firstText(JsonNode item, String... fields) {
        for (String f : fields) {
            String t = JsonInput.text(item, f);
            if (t != null && !t.isBlank()) return f;
        }
        return null;
    }

    /** [start, end] in seconds from item-level timing or the word timings; null without timing. */
    private static double[] span(JsonNode item) {
        JsonNode level = item.path("conversationItemLevelTiming");
        if (level.has("offset")) {
            double offset = level.path("offset").asDouble();
            return new double[] {
                offset / TICKS_PER_SECOND, (offset + level.path("duration").asDouble()) / TICKS_PER_SECOND
            };
        }
        JsonNode words = item.has("wordLevelTimings") ? item.path("wordLevelTimings") : item.path("audioTimings");
        double start = Double.MAX_VALUE, end = -1;
        for (JsonNode w : words) {
            if (!w.has("offset")) continue;
            double o = w.path("offset").asDouble();
            start = Math.min(start, o);
            end = Math.max(end, o + w.path("duration").asDouble());
        }
        return end < 0 ? null : new double[] {start / TICKS_PER_SECOND, end / TICKS_PER_SECOND};
    }
}
