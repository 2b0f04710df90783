package org.cxlint.ingest.vendor;

import java.util.List;
import org.cxlint.ingest.JsonInput;
import org.cxlint.ingest.Probe;
import org.cxlint.ingest.ReadResult;
import org.cxlint.ingest.TranscriptReader;

/**
 * Harper Valley Bank's {@code metadata/<sid>.json} holds no words: {@link HarperValleyReader} reads it
 * with its transcript. Recognising it here lets a scan of the dataset's folder pass over it instead of
 * reporting an unknown format.
 */
public final class HarperValleyMetadataReader implements TranscriptReader {
    @Override
    public String name() {
        return "harper-valley-metadata";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "Harper Valley Bank metadata/<sid>.json: no transcript of its own, read with transcript/<sid>.json";
    }

    @Override
    public boolean sniff(Probe probe) {
        return probe.json().map(n -> JsonInput.has(n, "sid", "agent", "caller")).orElse(false);
    }

    @Override
    public ReadResult read(String source, String content) {
        return ReadResult.EMPTY;
    }
}
