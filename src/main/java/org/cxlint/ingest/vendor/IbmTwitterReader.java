package org.cxlint.ingest.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.JsonInput;
import org.cxlint.ingest.Probe;
import org.cxlint.ingest.ReadResult;
import org.cxlint.ingest.Readers;
import org.cxlint.ingest.TranscriptReader;
import org.cxlint.ingest.TurnsBuilder;
import org.cxlint.model.Metadata;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;

/**
 * IBM's Twitter customer-care dataset (Conversational Document Prediction): a list of conversations, each
 * {@code dialogHeader} {sessionID, company, conversationDateTime}, {@code dialogContent} [{agent|client|client1:
 * handle, message, datetime}] and {@code agentURL}. The dataset keeps the agent's final tweet, the one with
 * the help link, apart in {@code agentURL.url_utterance}, so it is appended as the last agent turn; without
 * it most conversations (a customer tweet and nothing else) would have no agent turn at all.
 * <p>
 * The turn order is fixed (the labelled evaluation set counts agent turns by it): dialogContent in file
 * order, then url_utterance unless blank or a repeat of the last dialogContent agent message.
 */
public final class IbmTwitterReader implements TranscriptReader {
    @Override
    public String name() {
        return "ibm-twitter";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "IBM Twitter customer-care conversations (list of {dialogHeader, dialogContent, agentURL})";
    }

    @Override
    public boolean sniff(Probe probe) {
        // any conversation with the shape will do, so one malformed conversation first in the file is
        // reported as such instead of making the whole file "unrecognised"
        return probe.json()
                .map(n -> conversations(n).stream().anyMatch(IbmTwitterReader::isConversation))
                .orElse(false);
    }

    private static boolean isConversation(JsonNode c) {
        return c.path("dialogHeader").isObject() && c.path("dialogContent").isArray();
    }

    /** The dataset's list, or one conversation on its own (a file split out of the list). */
    private static List<JsonNode> conversations(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root.isArray()) root.forEach(out::add);
        else if (isConversation(root)) out.add(root);
        return out;
    }

    @Override
    public ReadResult read(String source, String content) throws InputException {
        ReadResult.Builder out = new ReadResult.Builder();
        List<JsonNode> convs = conversations(JsonInput.parse(source, content));
        for (int i = 0; i < convs.size(); i++) {
            JsonNode c = convs.get(i);
            String id = JsonInput.text(c.path("dialogHeader"), "sessionID");
            if (id == null || id.isBlank()) id = Readers.baseName(source) + "-" + (i + 1);
            try {
                out.add(conversation(source, id, c));
            } catch (InputException e) {
                out.error(new InputException(source, "conversation " + id + ": " + e.reason()));
            }
        }
        return out.build();
    }

    private Transcript conversation(String source, String id, JsonNode c) throws InputException {
        JsonNode header = c.path("dialogHeader");
        JsonNode messages = c.path("dialogContent");
        if (!messages.isArray()) throw new InputException(source, "no \"dialogContent\" list");
        TurnsBuilder turns = TurnsBuilder.messages();
        String lastAgent = null;
        int n = 0;
        for (JsonNode m : messages) {
            n++;
            if (!m.isObject()) throw new InputException(source, "message " + n + " is not an object");
            String role = role(m);
            if (role == null) {
                throw new InputException(
                        source, "message " + n + " names no speaker (\"agent\", \"client\" or \"client1\")");
            }
            String text = JsonInput.text(m, "message");
            if (text == null) throw new InputException(source, "message " + n + " has no \"message\" text");
            Speaker speaker = role.equals("agent") ? Speaker.AGENT : Speaker.CUSTOMER;
            String handle = JsonInput.text(m, role);
            turns.add(
                    speaker,
                    handle == null || handle.isBlank() ? role : handle,
                    text,
                    instant(source, n, JsonInput.text(m, "datetime")),
                    null,
                    JsonInput.position(m, "message"));
            if (speaker == Speaker.AGENT) lastAgent = text;
        }
        String url = JsonInput.text(c.path("agentURL"), "url_utterance");
        if (url != null
                && !url.isBlank()
                && (lastAgent == null || !lastAgent.strip().equals(url.strip()))) {
            // posted by the brand's care account; agentURL gives no time for it
            turns.add(
                    Speaker.AGENT,
                    JsonInput.text(header, "company"),
                    url,
                    null,
                    null,
                    JsonInput.position(c.path("agentURL"), "url_utterance"));
        }
        Metadata meta = new Metadata(
                null,
                JsonInput.text(header, "company"),
                null,
                day(JsonInput.text(header, "conversationDateTime")),
                Map.of());
        return new Transcript(id, source, name(), "social", meta, relative(turns.build()));
    }

    /** "agent" for an agent message, the client key ("client", "client1", ...) for a customer one; null for neither. */
    private static String role(JsonNode m) {
        if (m.has("agent")) return "agent";
        for (var it = m.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (k.startsWith("client")) return k;
        }
        return null;
    }

    /** Epoch seconds of an ISO-8601 date-time (the dataset writes UTC with a Z); null when absent. */
    private static Double instant(String source, int n, String datetime) throws InputException {
        if (datetime == null || datetime.isBlank()) return null;
        try {
            return OffsetDateTime.parse(datetime.strip()).toInstant().toEpochMilli() / 1000.0;
        } catch (DateTimeParseException e) {
            throw new InputException(source, "message " + n + ": cannot read the datetime \"" + datetime + "\"");
        }
    }

    /** Tweets carry wall-clock times; the timing facts want seconds from the conversation's first message. */
    private static List<Turn> relative(List<Turn> turns) {
        double origin = turns.stream()
                .map(Turn::start)
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(0);
        return turns.stream()
                .map(t -> t.start() == null ? t : t.withTimes(t.start() - origin, null))
                .toList();
    }

    /** The UTC day (yyyy-mm-dd), as other formats give the date; the text as it is when it is not a date-time. */
    private static String day(String datetime) {
        if (datetime == null || datetime.isBlank()) return null;
        try {
            return OffsetDateTime.parse(datetime.strip())
                    .atZoneSameInstant(ZoneOffset.UTC)
                    .toLocalDate()
                    .toString();
        } catch (DateTimeParseException e) {
            return datetime.strip();
        }
    }
}
