package org.cxlint.ingest;

import java.util.List;

/**
 * One input format. Adding a format = one implementation plus one line in {@link Readers}.
 * A file may hold many transcripts (JSON Lines, CSV, a dataset's list), so {@link #read} returns a
 * {@link ReadResult}: the transcripts it could read and, per record, the ones it could not.
 */
public interface TranscriptReader {
    /** The name users pass to {@code --input-format}. */
    String name();

    /** File extensions (without dot) this format normally has; directory scans take files with these. */
    List<String> extensions();

    /** One line for README's formats table and {@code --help}. */
    default String description() {
        return name();
    }

    /**
     * Whether the content is this format. Must be specific: every format's sniff is tried on every file
     * that has no {@code --input-format}, and the first in {@link Readers}' order wins.
     */
    boolean sniff(Probe probe);

    /**
     * Parses the content; {@code source} names the file in errors and reports.
     *
     * @throws InputException when nothing in the file can be read (a per-record problem goes in the result)
     */
    ReadResult read(String source, String content) throws InputException;
}
