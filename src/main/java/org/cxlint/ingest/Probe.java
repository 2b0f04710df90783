package org.cxlint.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A file's content as format detection sees it. The JSON tree is parsed at most once, however many
 * readers ask, because most formats are JSON and differ only in their keys.
 */
public final class Probe {
    private final String text;
    private JsonNode json;
    private boolean parsed;
    private InputException jsonError;

    public Probe(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The content without leading whitespace or byte-order mark. */
    public String head() {
        String t = text.stripLeading();
        return t.startsWith("\uFEFF") ? t.substring(1).stripLeading() : t;
    }

    /** Whether the content starts like JSON (an object or an array). */
    public boolean looksLikeJson() {
        String h = head();
        return h.startsWith("{") || h.startsWith("[");
    }

    /** The whole content as one JSON value; empty when it is not exactly one JSON value. */
    public Optional<JsonNode> json() {
        if (!parsed) {
            parsed = true;
            if (looksLikeJson()) {
                try {
                    json = JsonInput.parse("(probe)", text);
                } catch (InputException e) {
                    jsonError = e;
                }
            }
        }
        return Optional.ofNullable(json);
    }

    /** Why {@link #json()} is empty for content that starts like JSON; null otherwise. */
    public InputException jsonError() {
        json();
        return jsonError;
    }

    /** The first non-blank line, stripped. */
    public String firstLine() {
        for (String line : head().split("\\R", 50)) if (!line.isBlank()) return line.strip();
        return "";
    }
}
