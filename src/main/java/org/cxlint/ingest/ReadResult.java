package org.cxlint.ingest;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.model.Transcript;

/**
 * What one file gave: the transcripts that could be read and, for files holding many, the records that
 * could not (each naming the file and the line or conversation), so one bad record does not stop the rest.
 */
public record ReadResult(List<Transcript> transcripts, List<InputException> errors) {
    public ReadResult {
        transcripts = List.copyOf(transcripts);
        errors = List.copyOf(errors);
    }

    public static ReadResult of(Transcript t) {
        return new ReadResult(List.of(t), List.of());
    }

    public static final ReadResult EMPTY = new ReadResult(List.of(), List.of());

    /** Collects records one at a time. */
    public static final class Builder {
        private final List<Transcript> transcripts = new ArrayList<>();
        private final List<InputException> errors = new ArrayList<>();

        public Builder add(Transcript t) {
            transcripts.add(t);
            return this;
        }

        public Builder error(InputException e) {
            errors.add(e);
            return this;
        }

        public ReadResult build() {
            return new ReadResult(transcripts, errors);
        }
    }
}
