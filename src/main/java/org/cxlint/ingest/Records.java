package org.cxlint.ingest;

import java.util.Iterator;
import java.util.List;
import org.cxlint.model.Transcript;

/**
 * One input's records in a fixed order, read lazily where the format allows (a large JSON Lines file, a line
 * at a time) so a batch holds one record of it, not the whole file.
 */
public interface Records extends AutoCloseable {
    /** A transcript, or a record that could not be read. */
    record Item(Transcript transcript, InputException error) {}

    /** The next record, or null after the last. */
    Item next();

    @Override
    default void close() {}

    /** A file read whole: its record errors first, then its transcripts in file order. */
    static Records of(ReadResult r) {
        Iterator<Item> items = java.util.stream.Stream.concat(
                        r.errors().stream().map(e -> new Item(null, e)),
                        r.transcripts().stream().map(t -> new Item(t, null)))
                .iterator();
        return () -> items.hasNext() ? items.next() : null;
    }

    /** These records with each transcript passed through {@code f} (metadata from a manifest, say). */
    default Records map(java.util.function.UnaryOperator<Transcript> f) {
        Records inner = this;
        return new Records() {
            @Override
            public Item next() {
                Item i = inner.next();
                return i == null || i.transcript() == null ? i : new Item(f.apply(i.transcript()), null);
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }

    /** For tests: every record. */
    static List<Item> all(Records r) {
        List<Item> out = new java.util.ArrayList<>();
        for (Item i; (i = r.next()) != null; ) out.add(i);
        r.close();
        return out;
    }
}
