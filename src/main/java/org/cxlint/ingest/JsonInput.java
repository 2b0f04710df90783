package org.cxlint.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.cxlint.model.Turn;

/**
 * Parsing and reading vendor JSON. Vendors add fields over time, so vendor readers walk a tree and
 * ignore what they do not need, instead of binding to classes that break on a new field.
 */
public final class JsonInput {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonInput() {}

    /**
     * The document as a tree whose string values know where they stand in the file ({@link #position}): read
     * with Jackson's streaming parser, which gives each token's line and column. Anything it cannot build
     * (malformed JSON, trailing content) is parsed again the plain way, so errors read exactly as before.
     */
    public static JsonNode parse(String source, String content) throws InputException {
        try (JsonParser p = MAPPER.getFactory().createParser(content)) {
            if (p.nextToken() != null) {
                JsonNode root = located(p, content);
                if (p.nextToken() == null) return root;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // reported below, in Jackson's own words
        }
        return plain(source, content);
    }

    /** A string value with the position of its first character (after the opening quote). */
    static final class LocatedText extends TextNode {
        private final Turn.Position at;

        LocatedText(String value, Turn.Position at) {
            super(value);
            this.at = at;
        }
    }

    /** Where a string value's text starts in its file; null for other nodes, or a tree not read by {@link #parse}. */
    public static Turn.Position position(JsonNode value) {
        return value instanceof LocatedText t ? t.at : null;
    }

    /** As {@link #position(JsonNode)}, for the value at a field. */
    public static Turn.Position position(JsonNode n, String field) {
        return n == null || field == null ? null : position(n.get(field));
    }

    private static JsonNode located(JsonParser p, String content) throws java.io.IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            ObjectNode o = MAPPER.getNodeFactory().objectNode();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                o.set(name, located(p, content)); // a repeated name: the last wins, as readTree does
            }
            return o;
        }
        if (t == JsonToken.START_ARRAY) {
            ArrayNode a = MAPPER.getNodeFactory().arrayNode();
            while (p.nextToken() != JsonToken.END_ARRAY) a.add(located(p, content));
            return a;
        }
        if (t == JsonToken.VALUE_STRING) {
            String value = p.getText();
            JsonLocation loc = p.currentTokenLocation();
            int quote = (int) loc.getCharOffset();
            // verbatim when the characters between the quotes are the value itself (no escapes)
            boolean verbatim = quote >= 0
                    && !value.isEmpty()
                    && content.startsWith(value, quote + 1)
                    && content.startsWith("\"", quote + 1 + value.length());
            return new LocatedText(
                    value,
                    new Turn.Position(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr() + 1), verbatim));
        }
        // numbers, booleans and null as readTree makes them
        var nodes = MAPPER.getNodeFactory();
        return switch (t) {
            case VALUE_NUMBER_INT ->
                switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new IllegalStateException("unexpected JSON token " + t); // parsed again the plain way
        };
    }

    private static JsonNode plain(String source, String content) throws InputException {
        try {
            JsonNode n = MAPPER.readTree(content);
            if (n == null || n.isMissingNode()) throw new InputException(source, "no JSON content");
            return n;
        } catch (JsonProcessingException e) {
            throw new InputException(source, message(e));
        }
    }

    /** "malformed JSON at line 3, column 7: Unexpected end-of-input ..." without Jackson's internals. */
    public static String message(JsonProcessingException e) {
        var loc = e.getLocation();
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String what = JsonTranscriptReader.tidy(e.getOriginalMessage());
        if (what.contains("end-of-input")) what += " (the file looks truncated)";
        return "malformed JSON" + where + ": " + what;
    }

    /** The text at a field, or null when missing, null or not a scalar. */
    public static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /**
     * Seconds from a number (or numeric string, as AWS writes them) at a field counted in {@code perSecond}
     * units (1 for seconds, 1000 for milliseconds); null when absent. Dividing keeps 18740 ms exactly 18.74.
     */
    public static Double number(JsonNode n, String field, double perSecond) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isNumber()) return v.asDouble() / perSecond;
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.asText().trim()) / perSecond;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Whether {@code n} is an object with all these fields. */
    public static boolean has(JsonNode n, String... fields) {
        if (n == null || !n.isObject()) return false;
        for (String f : fields) if (!n.has(f)) return false;
        return true;
    }

    /** The first element of an array field, or a missing node. */
    public static JsonNode first(JsonNode n, String arrayField) {
        JsonNode a = n == null ? null : n.get(arrayField);
        return a != null && a.isArray() && !a.isEmpty()
                ? a.get(0)
                : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
