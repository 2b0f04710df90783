package org.cxlint.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import org.cxlint.ingest.Ingest;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.ReadResult;
import org.cxlint.ingest.Readers;
import org.cxlint.ingest.RoleResolver;
import org.cxlint.model.Metadata;
import org.cxlint.model.Transcript;

/**
 * One call as a request delivers it: the body in any input format, and what the request says about it
 * (id, format, manifest fields). Reading goes through {@link Ingest}, as a file's would, so the reasons for
 * refusing a body are the CLI's, word for word.
 *
 * @param id         the transcript id the caller gives, or null (the format's own id, else one made from the hash)
 * @param format     an input format name, or null to detect it as the CLI does
 * @param agentLabel the speaker label that is the agent ({@code --agent}), or null
 */
public record Submission(
        byte[] body,
        String id,
        String format,
        String agent,
        String team,
        String date,
        String customer,
        String agentLabel) {

    /** The fields a request may set, as query parameter names; each also reads from {@code X-Cxlint-Name}. */
    public static final List<String> FIELDS =
            List.of("id", "format", "agent", "team", "date", "customer", "agentLabel");

    /** A request's refusal: the status and the one line the CLI would print (without "cxlint: "). */
    public static final class Refused extends Exception {
        public final int status;

        public Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** Names a body that gives no id (the store's key is {@link Calls#hash}, the transcript as read). */
    public String contentHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(body);
            for (String v : new String[] {id, format, agent, team, date, customer, agentLabel}) {
                md.update((byte) 0);
                if (v != null) md.update(v.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name errors and the report give the body: the caller's id, or one made from the content. */
    public String source() {
        return id != null ? id : "call-" + contentHash().substring(0, 12);
    }

    /** The one transcript the body holds, with the request's manifest fields over the file's own. */
    public Transcript read() throws Refused {
        return read(org.cxlint.ingest.RoleCues.DEFAULTS);
    }

    /** @param roleCues the rules' cues for telling the agent from the customer when the body does not say */
    public Transcript read(org.cxlint.ingest.RoleCues roleCues) throws Refused {
        check();
        String source = source();
        ReadResult r;
        try {
            r = new Ingest(format, new RoleResolver(agentLabel == null ? List.of() : List.of(agentLabel), roleCues))
                    .read(source, body);
        } catch (InputException e) {
            throw new Refused(400, e.file() + ": " + e.reason());
        }
        if (!r.errors().isEmpty()) {
            InputException e = r.errors().get(0);
            throw new Refused(r.transcripts().isEmpty() ? 400 : 422, e.file() + ": " + e.reason());
        }
        if (r.transcripts().size() != 1) {
            throw new Refused(
                    422,
                    source + ": the body holds " + r.transcripts().size()
                            + " transcripts; send one per request (cxlint score reads files of many)");
        }
        Transcript t = r.transcripts().get(0);
        Metadata m = t.metadata();
        Metadata merged = new Metadata(
                or(agent, m.agent()), or(team, m.team()), or(customer, m.customer()), or(date, m.date()), m.extra());
        return new Transcript(
                id != null ? id : t.id(),
                t.source(),
                t.format(),
                t.channel(),
                merged,
                t.turns(),
                t.waivers(),
                t.roles(),
                t.encoding());
    }

    private void check() throws Refused {
        if (format != null && Readers.byName(format).isEmpty()) {
            throw new Refused(400, "unknown format \"" + format + "\" (known: " + Readers.names() + ")");
        }
        if (id != null
                && (id.isBlank()
                        || id.length() > 200
                        || !id.chars().allMatch(c -> c >= 0x20 && c != 0x7f && c != '/' && c != '\\'))) {
            throw new Refused(400, "id must be 1 to 200 printable characters without / or \\");
        }
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new Refused(400, "date \"" + date + "\" is not a date (yyyy-mm-dd)");
            }
        }
        for (String v : new String[] {agent, team, customer, agentLabel}) {
            if (v != null && v.length() > 200)
                throw new Refused(400, "agent, team, customer and agentLabel are at most 200 characters");
        }
    }

    private static String or(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** The call's date for trends: its metadata's (an ISO date, or an ISO date-time's day), else {@code fallback}. */
    public static LocalDate dateOf(Transcript t, LocalDate fallback) {
        String d = t.metadata().date();
        if (d == null || d.length() < 10) return fallback;
        try {
            return LocalDate.parse(d.substring(0, 10));
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
