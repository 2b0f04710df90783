package org.cxlint.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a labels file: JSON Lines, one reviewed agent turn per line (eval/README.md). Blank lines and lines
 * starting with {@code #} are skipped. Any other problem stops with the file, line and reason: a label that
 * is silently dropped would change the figures without anyone noticing.
 */
public final class LabelFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("source", "conversation", "turn", "breaks", "honours", "note");

    private LabelFile() {}

    public static List<Label> read(Path file) {
        List<String> lines;
        try {
            lines = org.cxlint.ingest.ConfigFile.read(file).lines().toList();
        } catch (java.nio.charset.MalformedInputException e) {
            throw new EvalException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new EvalException(file + ": cannot read (" + e.getMessage() + ")");
        }
        List<Label> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) continue;
            Label l = parse(file + ":" + (i + 1), text, i + 1);
            if (!seen.add(l.source() + "\u0000" + l.conversation() + "\u0000" + l.turn())) {
                throw new EvalException(file + ":" + (i + 1) + ": conversation " + l.conversation() + " turn "
                        + l.turn() + " is labelled twice");
            }
            out.add(l);
        }
        if (out.isEmpty()) throw new EvalException(file + ": no labels");
        return out;
    }

    static Label parse(String where, String text, int line) {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new EvalException(where + ": not a JSON object (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new EvalException(where + ": not a JSON object");
        }
        if (n == null || !n.isObject()) throw new EvalException(where + ": not a JSON object");
        n.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f))
                throw new EvalException(where + ": unknown field \"" + f + "\" (known: " + FIELDS + ")");
        });
        JsonNode conv = n.get("conversation");
        if (conv == null
                || !(conv.isTextual() || conv.isNumber())
                || conv.asText().isBlank()) {
            throw new EvalException(where + ": \"conversation\" (the transcript id) is required");
        }
        JsonNode turn = n.get("turn");
        if (turn == null || !turn.canConvertToInt() || !turn.isIntegralNumber() || turn.asInt() < 0) {
            throw new EvalException(where + ": \"turn\" must be the 0-based number of the agent turn");
        }
        JsonNode src = n.get("source");
        if (src != null && !src.isTextual()) throw new EvalException(where + ": \"source\" must be a string");
        JsonNode note = n.get("note");
        return new Label(
                src == null ? null : src.asText(),
                conv.asText(),
                turn.asInt(),
                names(where, n, "breaks"),
                names(where, n, "honours"),
                note == null ? null : note.asText(),
                line);
    }

    private static List<String> names(String where, JsonNode n, String field) {
        JsonNode a = n.get(field);
        if (a == null) return List.of();
        if (!a.isArray()) throw new EvalException(where + ": \"" + field + "\" must be a list of behaviour names");
        List<String> out = new ArrayList<>();
        for (JsonNode x : a) {
            if (!x.isTextual() || x.asText().isBlank())
                throw new EvalException(where + ": \"" + field + "\" holds a non-name: " + x);
            out.add(x.asText());
        }
        return out;
    }
}
