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

    /** How many leading lines detection looks at: one broken first line must not hide the format. */
    private static final int SNIFF_LINES = 5;

    /**
     * Several lines start with an object and at least one of the first few is a whole transcript object
     * (a single line is plain JSON, and pretty-printed JSON has no line that is a whole transcript).
     */
    @Override
    public boolean sniff(Probe probe) {
        if (probe.json().isPresent()) return false;
        int objects = 0;
        boolean transcript = false;
        int seen = 0;
        for (String line : probe.head().split("\\R")) {
            if (line.isBlank()) continue;
            if (++seen > SNIFF_LINES) break;
            if (!line.strip().startsWith("{")) return false;
            objects++;
            transcript |= new Probe(line)
                    .json()
                    .map(n -> n.isObject() && n.path("turns").isArray())
                    .orElse(false);
        }
        return objects >= 2 && transcript;
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
                out.add(json.parse(source, line, base + "-" + (i + 1), i + 1));
            } catch (InputException e) {
                out.error(new InputException(
                        source, "line " + (i + 1) + ": " + e.reason().replace(" at line 1, column ", " at column ")));
            }
        }
        return out.build();
    }
}
