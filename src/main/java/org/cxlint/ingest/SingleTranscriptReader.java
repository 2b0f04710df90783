package org.cxlint.ingest;

import org.cxlint.model.Transcript;

/** A format that holds exactly one transcript per file: any problem is the whole file's. */
public interface SingleTranscriptReader extends TranscriptReader {
    Transcript readOne(String source, String content) throws InputException;

    @Override
    default ReadResult read(String source, String content) throws InputException {
        return ReadResult.of(readOne(source, content));
    }
}
