package org.cxlint.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a label file (labels.jsonl, heldout.jsonl) from the test classpath. */
public final class Labels {
    /** The labels the rules were tuned against. */
    public static final String RESOURCE = "/eval/labels.jsonl";
    /** Labels made after the tuning, on other conversations, never used to change a rule. */
    public static final String HELD_OUT = "/eval/heldout.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Labels() {}

    public static List<Label> load() {
        return load(RESOURCE);
    }

    public static List<Label> load(String resource) {
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the test classpath");
            List<Label> out = new ArrayList<>();
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank()) continue;
                try {
                    out.add(JSON.readValue(line, Label.class));
                } catch (IOException e) {
                    throw new IllegalStateException(resource + " line " + n + ": " + e.getMessage(), e);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
