package org.cxlint.serve;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cxlint.Linter;
import org.cxlint.model.Transcript;
import org.cxlint.model.UnscorableException;
import org.cxlint.result.Report;
import org.cxlint.run.Scoring;

/**
 * Scores a call exactly as {@code cxlint score --format json} would ({@link Scoring#plain}) and stores it.
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

    /** A submission's transcript, its roles told apart by the rules' cues. */
    Transcript read(Submission s) throws Submission.Refused {
        return s.read(linter.settings().roles());
    }

    /** The report alone, stored nowhere (a live conversation's provisional findings). */
    Report score(Transcript t) throws Submission.Refused {
        try {
            return Scoring.plain(linter, today()).report(t);
        } catch (UnscorableException e) {
            throw new Submission.Refused(422, t.source() + ": could not be scored: " + e.getMessage());
        }
    }

    /** Reads, scores and stores one submission; a call already stored is answered from the store, not scored again. */
    Store.Saved submit(Submission s, String origin) throws Submission.Refused {
        Transcript t = read(s);
        String hash = hash(t);
        var known = store.find(t.id(), hash);
        if (known.isPresent()) return known.get();
        return save(t, hash, origin, score(t));
    }

    /**
     * What makes two calls the same call (with the transcript id): the turns as read (speaker, text, times) and
     * the manifest, not the bytes they came in, so a call sent to the service and scored in a batch with
     * {@code --store} is one call, and a re-sent webhook with other whitespace is still the same one.
     */
    public static String hash(Transcript t) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            // what was said and when, not where a reader found it in its file (a turn's position)
            java.util.List<java.util.List<Object>> said = new java.util.ArrayList<>();
            for (org.cxlint.model.Turn turn : t.turns()) {
                said.add(java.util.Arrays.asList(
                        turn.index(), turn.speaker(), turn.text(), turn.start(), turn.end(), turn.label()));
            }
            md.update(org.cxlint.result.Json.pretty(java.util.List.of(t.channel(), t.metadata(), said))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores a report scored elsewhere (a batch run's), keyed as a submission is; a call stored before is left alone. */
    public Store.Saved save(Transcript t, Report r, String origin) {
        return save(t, hash(t), origin, r);
    }

    private Store.Saved save(Transcript t, String hash, String origin, Report r) {
        LocalDate today = today();
        return store.save(new Store.Entry(
                t.id(),
                hash,
                origin,
                t.metadata().agent(),
                t.metadata().team(),
                Submission.dateOf(t, today),
                r,
                t.turns()));
    }
}
