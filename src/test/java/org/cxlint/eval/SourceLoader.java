package org.cxlint.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxlint.model.Metadata;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;

/**
 * Turns the shared data files into transcripts. The agent-turn ordinal the labels use is defined here:
 * <ul>
 *   <li>IBM Twitter: dialogContent in order, an entry with an "agent" key is an agent turn, any other
 *       ("client", "client1") a customer turn; then agentURL.url_utterance is appended as the last agent
 *       turn (the data README says it is the final agent turn), unless it repeats the last dialogContent
 *       agent message.</li>
 *   <li>ABCD: the "original" (or, in the early draft, "raw") list in order; "agent" and "customer"
 *       entries are turns, "action" entries (system events) are skipped.</li>
 * </ul>
 */
public final class SourceLoader {
    public static final String IBM_DEV = "ibm_twitter_cdp/dev.json";
    public static final List<String> ABCD = List.of("abcd/abcd_sample.json", "abcd/abcd_sample_early_draft.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    public SourceLoader(Path root) {
        this.root = root;
    }

    /** Every conversation of the given data file, by id. */
    public Map<ConversationRef, Conversation> load(String source) {
        JsonNode doc = read(source);
        Map<ConversationRef, Conversation> out = new LinkedHashMap<>();
        for (JsonNode c : doc) {
            Conversation conv = source.startsWith("abcd/") ? abcd(source, c) : ibm(source, c);
            out.put(conv.ref(), conv);
        }
        return out;
    }

    private JsonNode read(String source) {
        try {
            return JSON.readTree(Files.readString(root.resolve(source)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.resolve(source), e);
        }
    }

    private static Conversation ibm(String source, JsonNode c) {
        String id = c.path("dialogHeader").path("sessionID").asText();
        List<Turn> turns = new ArrayList<>();
        String lastAgent = null;
        for (JsonNode m : c.path("dialogContent")) {
            Speaker who = m.has("agent") ? Speaker.AGENT : Speaker.CUSTOMER;
            String text = m.path("message").asText();
            turns.add(new Turn(turns.size(), who, text, null, null));
            if (who == Speaker.AGENT) lastAgent = text;
        }
        String url = c.path("agentURL").path("url_utterance").asText("");
        if (!url.isBlank() && (lastAgent == null || !lastAgent.strip().equals(url.strip()))) {
            turns.add(new Turn(turns.size(), Speaker.AGENT, url, null, null));
        }
        Metadata meta = new Metadata(null, c.path("dialogHeader").path("company").asText(null), null,
                c.path("dialogHeader").path("conversationDateTime").asText(null), Map.of());
        return new Conversation(new ConversationRef(source, id), new Transcript(id, source, "ibm-twitter", "social", meta, turns));
    }

    private static Conversation abcd(String source, JsonNode c) {
        String id = c.path("convo_id").asText();
        JsonNode entries = c.has("original") ? c.path("original") : c.path("raw");
        List<Turn> turns = new ArrayList<>();
        for (JsonNode e : entries) {
            String who = e.path(0).asText();
            if (who.equals("action")) continue;
            Speaker speaker = Speaker.parse(who).orElseThrow(() -> new IllegalStateException(
                    source + "#" + id + ": unknown speaker \"" + who + "\""));
            turns.add(new Turn(turns.size(), speaker, e.path(1).asText(), null, null));
        }
        // the scenario's customer name stands in for what a CRM would show the agent once the account is pulled up
        String name = titleCase(c.path("scenario").path("personal").path("customer_name").asText(null));
        Metadata meta = new Metadata(null, null, name, null, Map.of());
        return new Conversation(new ConversationRef(source, id), new Transcript(id, source, "abcd", "chat", meta, turns));
    }

    private static String titleCase(String s) {
        if (s == null || s.isBlank()) return null;
        StringBuilder b = new StringBuilder();
        for (String w : s.trim().split("\\s+")) {
            if (b.length() > 0) b.append(' ');
            b.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        }
        return b.toString();
    }
}
