package org.cxlint.ingest.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.JsonInput;
import org.cxlint.ingest.Probe;
import org.cxlint.ingest.ReadResult;
import org.cxlint.ingest.TranscriptReader;
import org.cxlint.ingest.TurnsBuilder;
import org.cxlint.model.Metadata;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;

/**
 * ASAPP's Action-Based Conversations Dataset: a list of chats (or the full corpus's
 * {@code {"train": [...], "dev": [...], "test": [...]}}), each with {@code convo_id}, a {@code scenario}
 * and the turns as {@code [speaker, text, ...]} in {@code original} (or {@code raw} in older files).
 * "action" rows are the agent's clicks in a tool, not words anyone said, so they are left out.
 */
public final class AbcdReader implements TranscriptReader {
    private static final List<String> SPLITS = List.of("train", "dev", "test");

    @Override
    public String name() {
        return "abcd";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "ASAPP ABCD chats (list of {convo_id, scenario, original: [[speaker, text]]})";
    }

    @Override
    public boolean sniff(Probe probe) {
        return probe.json()
                .map(n -> isConversation(conversations(n).stream().findFirst().orElse(null)))
                .orElse(false);
    }

    private static boolean isConversation(JsonNode c) {
        return c != null
                && c.has("convo_id")
                && (c.path("original").isArray() || c.path("raw").isArray());
    }

    private static List<JsonNode> conversations(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root.isArray()) root.forEach(out::add);
        else if (root.isObject()) for (String s : SPLITS) root.path(s).forEach(out::add);
        return out;
    }

    @Override
    public ReadResult read(String source, String content) throws InputException {
        ReadResult.Builder out = new ReadResult.Builder();
        int n = 0;
        for (JsonNode c : conversations(JsonInput.parse(source, content))) {
            n++;
            String id = c.has("convo_id") ? c.get("convo_id").asText() : "#" + n;
            try {
                out.add(conversation(source, id, c));
            } catch (InputException e) {
                out.error(new InputException(source, "conversation " + id + ": " + e.reason()));
            }
        }
        return out.build();
    }

    private Transcript conversation(String source, String id, JsonNode c) throws InputException {
        JsonNode rows = c.path("original").isArray() ? c.path("original") : c.path("raw");
        if (!rows.isArray()) throw new InputException(source, "no \"original\" turns");
        TurnsBuilder turns = TurnsBuilder.messages();
        int actions = 0, n = 0;
        for (JsonNode row : rows) {
            n++;
            String who = row.path(0).asText(null);
            String text = row.path(1).asText(null);
            if (who == null || text == null) throw new InputException(source, "turn " + n + " is not [speaker, text]");
            if (who.equals("action")) {
                actions++;
                continue;
            }
            Speaker speaker = Speaker.parse(who)
                    .orElseThrow(() -> new InputException(
                            source, "unknown speaker \"" + who + "\" (expected agent, customer or action)"));
            turns.add(speaker, who, text, null, null, JsonInput.position(row.path(1)));
        }
        JsonNode sc = c.path("scenario");
        Map<String, String> extra = new LinkedHashMap<>();
        for (String k : List.of("flow", "subflow"))
            if (sc.hasNonNull(k)) extra.put(k, sc.get(k).asText());
        String level = JsonInput.text(sc.path("personal"), "member_level");
        if (level != null) extra.put("member_level", level);
        if (actions > 0) extra.put("agent_actions", String.valueOf(actions));
        return new Transcript(
                id,
                source,
                name(),
                "chat",
                new Metadata(null, null, JsonInput.text(sc.path("personal"), "customer_name"), null, extra),
                turns.build());
    }
}
