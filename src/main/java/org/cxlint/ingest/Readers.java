package org.cxlint.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cxlint.ingest.vendor.AbcdReader;
import org.cxlint.ingest.vendor.AssemblyAiReader;
import org.cxlint.ingest.vendor.AwsBdaReader;
import org.cxlint.ingest.vendor.AwsCallAnalyticsReader;
import org.cxlint.ingest.vendor.AwsTranscribeReader;
import org.cxlint.ingest.vendor.AzureConversationReader;
import org.cxlint.ingest.vendor.DeepgramReader;
import org.cxlint.ingest.vendor.HarperValleyMetadataReader;
import org.cxlint.ingest.vendor.HarperValleyReader;
import org.cxlint.ingest.vendor.IbmTwitterReader;

/**
 * The registry of input formats. Without {@code --input-format}, the first reader in this order whose
 * sniff accepts the content wins, so the order is deliberate: specific JSON shapes (each keyed on its
 * vendor's own field names) first, then line- and cue-based text formats, and the lenient plain-text
 * format last.
 */
public final class Readers {
    private static final List<TranscriptReader> ALL = List.of(
            new JsonTranscriptReader(), // {"turns": [...]}
            new JsonLinesReader(), // one {"turns": ...} per line; never matches a single JSON value
            new AwsCallAnalyticsReader(), // Transcript[].ParticipantRole
            new AwsTranscribeReader(), // results.transcripts
            new AwsBdaReader(), // audio_segments[].speaker
            new DeepgramReader(), // results.channels
            new AssemblyAiReader(), // utterances + audio_url/speaker_labels
            new AzureConversationReader(), // conversations[].conversationItems
            new HarperValleyReader(), // [ {speaker_role, transcript} ]
            new HarperValleyMetadataReader(), // {sid, agent, caller}: companion, no transcript
            new AbcdReader(), // [ {convo_id, original} ]
            new IbmTwitterReader(), // [ {dialogHeader, dialogContent} ]
            new WebVttReader(), // WEBVTT header
            new SrtReader(), // 1 / 00:00:01,000 --> ...
            new CsvReader(), // header row naming speaker and text columns
            new PlainTextReader()); // "Agent: ..." lines: the most lenient, so last

    private Readers() {}

    public static List<TranscriptReader> all() {
        return ALL;
    }

    public static String names() {
        return ALL.stream().map(TranscriptReader::name).collect(Collectors.joining(", "));
    }

    public static Optional<TranscriptReader> byName(String name) {
        return ALL.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Whether a directory scan should take this file: a known extension, optionally gzipped. */
    public static boolean accepts(String fileName) {
        String ext = extension(fileName);
        return !ext.isEmpty() && ALL.stream().anyMatch(r -> r.extensions().contains(ext));
    }

    /** The reader for this content: by sniffing, then by extension for text formats that give line-level errors. */
    public static TranscriptReader detect(String source, String content) throws InputException {
        Probe probe = new Probe(content);
        for (TranscriptReader r : ALL) if (r.sniff(probe)) return r;
        if (probe.looksLikeJson()) {
            InputException broken = probe.jsonError();
            if (broken != null && !probe.head().contains("\n{")) {
                throw new InputException(source, broken.reason());
            }
            Optional<JsonNode> json = probe.json();
            String shape = json.map(Readers::describe).orElse("JSON");
            throw new UnrecognisedFormatException(
                    source,
                    "unrecognised format: " + shape + " matches none of the known formats (" + names()
                            + "); name one with --input-format");
        }
        String ext = extension(source);
        for (TranscriptReader r : ALL) if (r.extensions().contains(ext)) return r;
        throw new UnrecognisedFormatException(
                source, "unrecognised format (known formats: " + names() + "); name one with --input-format");
    }

    private static String describe(JsonNode n) {
        if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            return "a JSON object with keys " + (keys.size() > 8 ? keys.subList(0, 8) + "..." : keys);
        }
        return n.isArray() ? "a JSON array" : "a JSON " + n.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** The extension that names the format: {@code call.json.gz} is json. */
    static String extension(String source) {
        String file = Path.of(source).getFileName().toString().toLowerCase(Locale.ROOT);
        if (file.endsWith(".gz")) file = file.substring(0, file.length() - 3);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1);
    }

    public static String baseName(String source) {
        String file = Path.of(source).getFileName().toString();
        if (file.toLowerCase(Locale.ROOT).endsWith(".gz")) file = file.substring(0, file.length() - 3);
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? file : file.substring(0, dot);
    }
}
