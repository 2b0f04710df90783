package org.cxlint.ingest;

import java.util.List;

/**
 * JSON Lines for batches: one cxlint transcript JSON document per line. A bad line is reported with its
 * line number and the other lines are still read.
 */
public final class JsonLinesReader implements TranscriptReader {
    private final JsonTranscriptReader json = new JsonTranscriptReader();

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonl", "ndjson");
    }

    @Override
    public String description() {
        return "JSON Lines: one cxlint transcript JSON object per line";
    }

    /** The first line is a whole transcript object and more lines follow (one line alone is plain JSON). */
    @Override
    public boolean sniff(Probe probe) {
        if (probe.json().isPresent()) return false;
        String[] lines = probe.head().split("\\R", 3);
        if (lines.length < 2 || !lines[0].strip().startsWith("{")) return false;
        return new Probe(lines[0]).json().map(n -> n.isObject() && n.path("turns").isArray()).orElse(false);
    }

    @Override
    public ReadResult read(String source, String content) {
        ReadResult.Builder out = new ReadResult.Builder();
        String[] lines = content.split("\\R", -1);
        String base = Readers.baseName(source);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (line.isBlank()) continue;
            try {
                out.add(json.parse(source, line, base + "-" + (i + 1)));
            } catch (InputException e) {
                out.error(new InputException(source, "line " + (i + 1) + ": " + e.reason().replace(" at line 1, column ", " at column ")));
            }
        }
        return out.build();
    }
}
