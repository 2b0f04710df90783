package org.cxlint.ingest;

/**
 * No known format recognised the content: the file is most likely not a transcript at all (a dataset's
 * statistics or licence), rather than a broken one. A folder scan skips such files; a file named on the
 * command line still reports it as an error.
 */
public final class UnrecognisedFormatException extends InputException {
    public UnrecognisedFormatException(String file, String reason) {
        super(file, reason);
    }
}
