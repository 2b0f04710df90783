package org.cxlint.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;

/**
 * Reads one input file into scorable transcripts: decode the bytes, pick the format, parse, decide the
 * roles, and refuse transcripts that cannot be scored (no agent turns) with a message naming the file.
 */
public final class Ingest {
    private final String formatName;
    private final RoleResolver roles;

    /** @param formatName an {@code --input-format} name, or null to detect */
    public Ingest(String formatName, RoleResolver roles) {
        this.formatName = formatName;
        this.roles = roles;
    }

    public ReadResult read(Path path) throws InputException {
        return read(path.toString(), SourceText.read(path));
    }

    /**
     * Content that did not come from a file (an HTTP request body), named {@code source} in errors: decoded,
     * decompressed and bounded exactly as a file's bytes are.
     */
    public ReadResult read(String source, byte[] bytes) throws InputException {
        if (bytes.length > SourceText.MAX_BYTES) {
            throw new InputException(
                    source,
                    "file is too large (" + bytes.length + " bytes; the limit is "
                            + SourceText.MAX_BYTES / (1024 * 1024)
                            + " MB); split it, e.g. one transcript per file or per JSON line");
        }
        if (SourceText.isGzip(bytes)) bytes = SourceText.gunzip(source, bytes);
        return read(source, SourceText.decode(source, bytes));
    }

    private ReadResult read(String source, SourceText.Decoded text) throws InputException {
        TranscriptReader reader = formatName == null
                ? Readers.detect(source, text.text())
                : Readers.byName(formatName)
                        .orElseThrow(() -> new InputException(
                                source,
                                "unknown format \"" + formatName + "\" (known formats: " + Readers.names() + ")"));
        ReadResult raw;
        try {
            raw = reader.read(source, text.text());
        } catch (InputException e) {
            // a reader chosen by the file's extension alone, none having recognised the content: no known format
            if (formatName == null)
                throw reader.sniff(new Probe(text.text())) ? e : new UnrecognisedFormatException(source, e.reason());
            // a forced format that does not fit the file: say so, or the reader's complaint looks like a broken file
            if (reader.sniff(new Probe(text.text()))) throw e;
            throw new InputException(
                    source,
                    e.reason() + " (the content does not look like " + reader.name() + "; is --input-format right?)");
        }
        ReadResult.Builder out = new ReadResult.Builder();
        raw.errors().forEach(out::error);
        boolean many = raw.transcripts().size() > 1;
        for (Transcript t : raw.transcripts()) {
            Records.Item item = accept(t, source, text.encoding(), many);
            if (item.error() != null) out.error(item.error());
            else out.add(item.transcript());
        }
        return out.build();
    }

    /**
     * The records of one file in a fixed order: a large JSON Lines file a line at a time ({@link JsonLinesStream}),
     * anything else read whole ({@link #read}).
     */
    public Records open(Path path) throws InputException {
        try {
            Records stream = JsonLinesStream.open(path, formatName, this);
            if (stream != null) return stream;
        } catch (java.io.IOException e) {
            // the whole-file reader below says what is wrong with it
        }
        return Records.of(read(path));
    }

    /** One transcript of {@code source}, named, with its roles decided, or why it cannot be scored. */
    Records.Item accept(Transcript t, String source, String encoding, boolean many) {
        // a file of many transcripts names each one file#id, so line reports and errors stay unambiguous
        Transcript named = many && t.source().equals(source) ? t.withSource(source + "#" + t.id()) : t;
        Transcript resolved;
        try {
            resolved = roles.resolve(named).withEncoding(encoding);
        } catch (RuntimeException e) {
            // a bug met on one transcript of a file that holds many: the others are still read
            return new Records.Item(
                    null,
                    new InputException(
                            named.source(),
                            org.cxlint.ingest.Isolation.reason(
                                    org.cxlint.ingest.Isolation.Stage.READ, named.source(), "transcript", e)));
        }
        if (resolved.turns().isEmpty())
            return new Records.Item(null, new InputException(resolved.source(), "transcript has no turns"));
        if (resolved.agentTurnCount() == 0)
            return new Records.Item(null, new InputException(resolved.source(), noAgent(resolved)));
        return new Records.Item(resolved, null);
    }

    private static String noAgent(Transcript t) {
        String speakers = t.turns().stream()
                .collect(Collectors.groupingBy(
                        x -> x.label() != null
                                ? x.label() + " (" + x.speaker().label() + ")"
                                : x.speaker().label(),
                        java.util.LinkedHashMap::new,
                        Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> e.getKey() + ": " + e.getValue() + " turns")
                .collect(Collectors.joining(", "));
        boolean labelled = t.turns().stream().map(Turn::label).anyMatch(l -> l != null);
        return "no agent turns, nothing to score (" + speakers + ")"
                + (labelled ? "; if one of these speakers is the agent, name it with --agent LABEL" : "");
    }

    /** For tests and tools: the transcripts of one file with detection and no role option. */
    public static List<Transcript> readAll(Path path) throws InputException {
        ReadResult r = new Ingest(null, RoleResolver.NONE).read(path);
        if (!r.errors().isEmpty()) throw r.errors().get(0);
        return r.transcripts();
    }
}
