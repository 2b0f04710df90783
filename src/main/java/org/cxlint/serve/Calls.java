package org.cxlint.serve;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cxlint.Linter;
import org.cxlint.UnscorableException;
import org.cxlint.gate.Judging;
import org.cxlint.model.Transcript;
import org.cxlint.report.Report;

/**
 * Scores a call exactly as {@code cxlint score --format json} would ({@link Judging#plain}) and stores it.
 * The rules are the ones loaded at start-up; nothing a request says can change them.
 */
public final class Calls {
    private final Linter linter;
    private final Store store;

    public Calls(Linter linter, Store store) {
        this.linter = linter;
        this.store = store;
    }

    public Store store() {
        return store;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The report alone, stored nowhere (a live conversation's provisional findings). */
    Report score(Transcript t) throws Submission.Refused {
        try {
            return Judging.plain(linter, t, today());
        } catch (UnscorableException e) {
            throw new Submission.Refused(422, t.source() + ": could not be scored: " + e.getMessage());
        }
    }

    /** Reads, scores and stores one submission; a call already stored is answered from the store, not scored again. */
    Store.Saved submit(Submission s, String origin) throws Submission.Refused {
        Transcript t = s.read();
        String hash = s.contentHash();
        var known = store.find(t.id(), hash);
        if (known.isPresent()) return known.get();
        return save(t, hash, origin, score(t));
    }

    /** Stores a report scored elsewhere (a batch run's), keyed like a submission. */
    public Store.Saved save(Transcript t, String hash, String origin, Report r) {
        LocalDate today = today();
        return store.save(new Store.Entry(t.id(), hash, origin, t.metadata().agent(), t.metadata().team(),
                Submission.dateOf(t, today), r, t.turns()));
    }
}
