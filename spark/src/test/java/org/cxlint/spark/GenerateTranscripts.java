package org.cxlint.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cxlint.model.Metadata;
import org.cxlint.model.Transcript;

/**
 * Makes a benchmark input from the samples: N transcripts, the samples in turn under new ids and 25
 * agents in 5 teams, written both as DIR/files/NNNNN.json (for the CLI) and DIR/transcripts.jsonl (for
 * the job). Usage: GenerateTranscripts DIR N. Not a test; README ("measured") says how it is run.
 */
public final class GenerateTranscripts {
    private GenerateTranscripts() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        List<Transcript> samples = TranscriptJson.samples();
        Path files = Files.createDirectories(dir.resolve("files"));
        try (BufferedWriter jsonl = Files.newBufferedWriter(dir.resolve("transcripts.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Transcript s = samples.get(i % samples.size());
                String id = String.format("gen-%05d", i);
                Metadata m = new Metadata(
                        "Agent " + (i % 25),
                        "Team " + (i % 5),
                        s.metadata().customer(),
                        s.metadata().date(),
                        Map.of());
                Transcript t = new Transcript(id, id, s.format(), s.channel(), m, s.turns(), s.waivers());
                String line = TranscriptJson.line(t);
                Files.writeString(files.resolve(id + ".json"), line + "\n", StandardCharsets.UTF_8);
                jsonl.write(line);
                jsonl.write('\n');
            }
        }
    }
}
