package org.cxlint.ingest.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.JsonInput;
import org.cxlint.ingest.Probe;
import org.cxlint.ingest.Readers;
import org.cxlint.ingest.SingleTranscriptReader;
import org.cxlint.ingest.TurnsBuilder;
import org.cxlint.model.Metadata;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;

/**
 * Amazon Transcribe Call Analytics batch output: {@code Transcript[]} segments with
 * {@code ParticipantRole} AGENT/CUSTOMER, {@code Content} and millisecond offsets. PII redaction
 * leaves {@code [PII]} in the text, which is kept: a rule may want to know a name was said.
 */
public final class AwsCallAnalyticsReader implements SingleTranscriptReader {
    @Override
    public String name() {
        return "aws-call-analytics";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "Amazon Transcribe Call Analytics output (Transcript[] with ParticipantRole AGENT/CUSTOMER)";
    }

    @Override
    public boolean sniff(Probe probe) {
        return probe.json()
                .map(n -> JsonInput.first(n, "Transcript").has("ParticipantRole"))
                .orElse(false);
    }

    @Override
    public Transcript readOne(String source, String content) throws InputException {
        JsonNode root = JsonInput.parse(source, content);
        JsonNode segments = root.path("Transcript");
        if (!segments.isArray() || segments.isEmpty()) throw new InputException(source, "no \"Transcript\" segments");
        String status = JsonInput.text(root, "JobStatus");
        if (status != null && !status.equals("COMPLETED")) {
            throw new InputException(source, "the Call Analytics job status is " + status + ", not COMPLETED");
        }
        List<JsonNode> sorted = new ArrayList<>();
        segments.forEach(sorted::add);
        // segments overlap when people talk over each other; order by start so turns follow the call
        sorted.sort((a, b) -> Double.compare(
                a.path("BeginOffsetMillis").asDouble(),
                b.path("BeginOffsetMillis").asDouble()));
        TurnsBuilder turns = TurnsBuilder.speech();
        int n = 0;
        for (JsonNode s : sorted) {
            n++;
            String role = JsonInput.text(s, "ParticipantRole");
            if (role == null) throw new InputException(source, "segment " + n + " has no ParticipantRole");
            Speaker speaker = Speaker.parse(role).orElse(Speaker.UNKNOWN);
            turns.add(
                    speaker,
                    role,
                    JsonInput.text(s, "Content"),
                    JsonInput.number(s, "BeginOffsetMillis", 1000),
                    JsonInput.number(s, "EndOffsetMillis", 1000),
                    JsonInput.position(s, "Content"));
        }
        String channel = "CHAT".equalsIgnoreCase(JsonInput.text(root, "Channel")) ? "chat" : "call";
        String job = JsonInput.text(root, "JobName");
        return new Transcript(
                job != null ? Readers.baseName(job) : Readers.baseName(source),
                source,
                name(),
                channel,
                metadata(root),
                turns.build());
    }

    private static Metadata metadata(JsonNode root) {
        Map<String, String> extra = new LinkedHashMap<>();
        String lang = JsonInput.text(root, "LanguageCode");
        if (lang != null) extra.put("language", lang);
        JsonNode cm = root.path("ContentMetadata");
        if ("Redacted".equalsIgnoreCase(cm.path("Output").asText())) {
            List<String> types = new ArrayList<>();
            cm.path("RedactionTypes").forEach(t -> types.add(t.asText()));
            extra.put("redacted", types.isEmpty() ? "yes" : String.join(",", types));
        }
        List<String> cats = new ArrayList<>();
        root.path("Categories").path("MatchedCategories").forEach(c -> cats.add(c.asText()));
        if (!cats.isEmpty()) extra.put("categories", String.join(",", cats));
        return new Metadata(null, null, null, null, extra);
    }
}
