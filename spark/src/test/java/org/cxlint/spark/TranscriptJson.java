package org.cxlint.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cxlint.ingest.InputException;
import org.cxlint.model.Metadata;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.cxlint.model.Waiver;

/** Test helper: the project's samples, and any transcript written back in cxlint's JSON format (one line). */
final class TranscriptJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TranscriptJson() {}

    /** Every sample transcript under the repository's samples/ (JSON and text), sorted by path. */
    static List<Transcript> samples() {
        Path root = Path.of("..", "samples").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            List<Transcript> out = new ArrayList<>();
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.contains(".report.") || !(name.endsWith(".json") || name.endsWith(".txt"))) continue;
                out.addAll(new org.cxlint.ingest.Ingest(null, org.cxlint.ingest.RoleResolver.NONE)
                        .read(p)
                        .transcripts());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(e.file() + ": " + e.reason());
        }
    }

    static String line(Transcript t) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", t.id());
        doc.put("channel", t.channel());
        Metadata m = t.metadata();
        Map<String, Object> meta = new LinkedHashMap<>();
        if (m.agent() != null) meta.put("agent", m.agent());
        if (m.team() != null) meta.put("team", m.team());
        if (m.customer() != null) meta.put("customer", m.customer());
        if (m.date() != null) meta.put("date", m.date());
        meta.putAll(m.extra());
        if (!meta.isEmpty()) doc.put("metadata", meta);
        List<Map<String, Object>> turns = new ArrayList<>();
        for (Turn turn : t.turns()) {
            Map<String, Object> tj = new LinkedHashMap<>();
            tj.put("speaker", turn.speaker().label());
            tj.put("text", turn.text());
            if (turn.start() != null) tj.put("start", turn.start());
            if (turn.end() != null) tj.put("end", turn.end());
            turns.add(tj);
        }
        doc.put("turns", turns);
        if (!t.waivers().isEmpty()) {
            List<Map<String, Object>> ws = new ArrayList<>();
            for (Waiver w : t.waivers()) {
                Map<String, Object> wj = new LinkedHashMap<>();
                wj.put("rule", w.rule());
                if (w.turn() != null) wj.put("turn", w.turn());
                wj.put("reason", w.reason());
                if (w.expires() != null) wj.put("expires", w.expires().toString());
                ws.add(wj);
            }
            doc.put("waivers", ws);
        }
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
