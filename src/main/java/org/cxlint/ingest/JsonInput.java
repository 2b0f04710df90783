package org.cxlint.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parsing and reading vendor JSON. Vendors add fields over time, so vendor readers walk a tree and
 * ignore what they do not need, instead of binding to classes that break on a new field.
 */
public final class JsonInput {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonInput() {}

    public static JsonNode parse(String source, String content) throws InputException {
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
        return a != null && a.isArray() && !a.isEmpty() ? a.get(0) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
