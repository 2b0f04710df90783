package org.cxlint.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cxlint.model.Transcript;

/** The registry of input formats: explicit choice first, then file extension, then content. */
public final class Readers {
    private static final List<TranscriptReader> ALL = List.of(new JsonTranscriptReader(), new PlainTextReader());

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

    /** Reads one file; {@code formatName} may be null for detection. */
    public static Transcript read(Path path, String formatName) throws InputException {
        String source = path.toString();
        String content = SourceText.read(path);
        TranscriptReader reader = formatName != null
                ? byName(formatName).orElseThrow(() -> new InputException(source,
                        "unknown format \"" + formatName + "\" (known formats: " + names() + ")"))
                : detect(source, content);
        return reader.read(source, content);
    }

    static TranscriptReader detect(String source, String content) throws InputException {
        String ext = extension(source);
        for (TranscriptReader r : ALL) if (r.extensions().contains(ext) && r.sniff(content)) return r;
        for (TranscriptReader r : ALL) if (r.sniff(content)) return r;
        for (TranscriptReader r : ALL) if (r.extensions().contains(ext)) return r;
        throw new InputException(source, "unrecognised format (known formats: " + names() + ")");
    }

    static String extension(String source) {
        String file = Path.of(source).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String baseName(String source) {
        String file = Path.of(source).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? file : file.substring(0, dot);
    }
}
