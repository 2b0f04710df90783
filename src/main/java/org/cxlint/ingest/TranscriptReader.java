package org.cxlint.ingest;

import org.cxlint.model.Transcript;

/** One input format. Adding a format = one implementation plus one line in {@link Readers}. */
public interface TranscriptReader {
    /** The name users pass to {@code --input-format}. */
    String name();

    /** File extensions (without dot) this format normally has. */
    java.util.List<String> extensions();

    /** Whether the content looks like this format; used when neither option nor extension decides. */
    boolean sniff(String content);

    /** Parses the content; {@code source} names the file in errors and reports. */
    Transcript read(String source, String content) throws InputException;
}
