package org.cxlint.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.model.Metadata;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.cxlint.model.Waiver;

/** cxlint's own JSON transcript format, documented in README ("Transcript JSON"). */
public final class JsonTranscriptReader implements SingleTranscriptReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    record Doc(String id, String channel, Map<String, Object> metadata, List<TurnDoc> turns, List<WaiverDoc> waivers) {}

    /** {@code expires} is an ISO date (yyyy-mm-dd); README ("Waivers") documents the fields. */
    record WaiverDoc(String rule, Integer turn, String reason, String expires) {}

    @JsonIgnoreProperties({"id", "confidence"})
    record TurnDoc(String speaker, String text, Double start, Double end) {}

    @Override
    public String name() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "cxlint's own transcript JSON (README, \"Transcript JSON\")";
    }

    @Override
    public boolean sniff(Probe probe) {
        return probe.json().map(n -> n.isObject() && n.path("turns").isArray()).orElse(false);
    }

    @Override
    public Transcript readOne(String source, String content) throws InputException {
        return parse(source, content, Readers.baseName(source));
    }

    /** One transcript document; {@code defaultId} names it when it has no "id". */
    Transcript parse(String source, String content, String defaultId) throws InputException {
        return parse(source, content, defaultId, 1);
    }

    /** As above, for a document that starts on line {@code firstLine} of its file (a JSON Lines line). */
    Transcript parse(String source, String content, String defaultId, int firstLine) throws InputException {
        Doc doc;
        try {
            doc = MAPPER.readValue(content, Doc.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InputException(
                    source,
                    "unknown field \"" + e.getPropertyName() + "\" at line "
                            + e.getLocation().getLineNr() + " (known fields: " + e.getKnownPropertyIds() + ")");
        } catch (JsonProcessingException e) {
            throw new InputException(source, JsonInput.message(e));
        }
        if (doc == null) throw new InputException(source, "JSON document is null");
        if (doc.turns() == null || doc.turns().isEmpty())
            throw new InputException(source, "no \"turns\" in transcript");
        List<Turn> turns = new ArrayList<>();
        List<Turn.Position> positions = textPositions(content, firstLine);
        for (int i = 0; i < doc.turns().size(); i++) {
            TurnDoc t = doc.turns().get(i);
            String where = "turn " + (i + 1);
            if (t == null) throw new InputException(source, where + " is null");
            Speaker speaker = Speaker.parse(t.speaker())
                    .orElseThrow(() -> new InputException(
                            source,
                            where + ": unknown speaker \"" + t.speaker() + "\" (use agent, customer, bot or unknown)"));
            if (t.text() == null) throw new InputException(source, where + ": missing \"text\"");
            turns.add(new Turn(
                    i, speaker, t.text(), t.start(), t.end(), null, i < positions.size() ? positions.get(i) : null));
        }
        return new Transcript(
                doc.id() != null ? doc.id() : defaultId,
                source,
                name(),
                doc.channel(),
                metadata(source, doc.metadata()),
                turns,
                waivers(source, doc.waivers(), turns.size()));
    }

    /**
     * Where each turn's "text" string starts (the character after its opening quote), in turn order; null for a
     * turn without one. Read with Jackson's streaming parser, which knows each token's line and column, over a
     * document that has already bound, so it cannot fail on anything the binding accepted.
     */
    private static List<Turn.Position> textPositions(String content, int firstLine) {
        List<Turn.Position> out = new ArrayList<>();
        SourceLines lines = new SourceLines(content);
        try (JsonParser p = MAPPER.getFactory().createParser(content)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return out;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean turns = "turns".equals(p.currentName());
                if (p.nextToken() != JsonToken.START_ARRAY || !turns) {
                    p.skipChildren();
                    continue;
                }
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                    Turn.Position at = null;
                    if (t == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            boolean text = "text".equals(p.currentName());
                            if (p.nextToken() == JsonToken.VALUE_STRING && text) {
                                JsonLocation loc = p.currentTokenLocation();
                                Turn.Position here = lines.at(loc.getLineNr(), loc.getColumnNr() + 1, p.getText());
                                at = new Turn.Position(here.line() + firstLine - 1, here.column(), here.verbatim());
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                    out.add(at);
                }
            }
        } catch (java.io.IOException e) {
            return out; // cannot happen after a successful binding; the turns simply keep no positions
        }
        return out;
    }

    /** Jackson's messages name an internal source object; keep only what helps the user. */
    static String tidy(String message) {
        return message.replaceAll(
                        "\\s*\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)]\\)",
                        " (opened at line $1, column $2)")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static List<Waiver> waivers(String source, List<WaiverDoc> raw, int turnCount) throws InputException {
        if (raw == null) return List.of();
        List<Waiver> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            WaiverDoc w = raw.get(i);
            if (w == null) throw new InputException(source, "waiver " + (i + 1) + " is null");
            out.add(Waivers.of(source, i + 1, w.rule(), w.turn(), w.reason(), w.expires(), turnCount));
        }
        return out;
    }

    private static Metadata metadata(String source, Map<String, Object> raw) throws InputException {
        if (raw == null) return Metadata.EMPTY;
        Map<String, String> extra = new LinkedHashMap<>();
        for (var e : raw.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map || v instanceof List) {
                throw new InputException(source, "metadata \"" + e.getKey() + "\" must be a string or number");
            }
            if (v != null) extra.put(e.getKey(), String.valueOf(v));
        }
        String agent = extra.remove("agent");
        String team = extra.remove("team");
        String customer = extra.remove("customer");
        String date = extra.remove("date");
        return new Metadata(agent, team, customer, date, extra);
    }
}
