package org.cxlint.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cxlint.model.Speaker;
import org.cxlint.result.Json;
import org.cxlint.result.Report;

/**
 * Live scoring: a conversation grows one turn at a time and is kept as cxlint's own transcript JSON, so
 * ending it scores exactly the document a caller could have sent whole to {@code /v1/transcripts} with
 * {@code format=json}: the final report is the same, byte for byte, by construction (and tested).
 * <p>
 * After each turn the conversation so far is scored again (a few milliseconds) and the findings with a
 * span (a quote in some turn) that were not returned before are returned. Absence findings (no span: a
 * greeting, an apology, a closing that never came) are left to the end: until the call ends any later turn
 * can still bring what is missing, so none is certain before then.
 */
final class Conversations implements AutoCloseable {
    private final Calls calls;
    private final Metrics metrics;
    private final long idleNanos;
    private final int maxOpen;
    static final int MAX_TURNS = 5000;
    private final Map<String, Conversation> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper;

    /** The request fields of the conversation (manifest, agent label) as its first turns set them. */
    private static final class Conversation {
        final String id;
        final ArrayNode turns = Json.MAPPER.createArrayNode();
        final Set<String> returned = new HashSet<>();
        String agent, team, date, customer, agentLabel;
        volatile long lastSeen = System.nanoTime();
        boolean closed;

        Conversation(String id) {
            this.id = id;
        }

        Submission submission() {
            ObjectNode doc = Json.MAPPER.createObjectNode();
            doc.put("id", id);
            doc.set("turns", turns);
            byte[] body;
            try {
                body = Json.WRITER.writeValueAsBytes(doc);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return new Submission(body, id, "json", agent, team, date, customer, agentLabel);
        }
    }

    /** What one turn settles. */
    record TurnResult(String conversation, int turn, List<Report.Item> findings) {}

    Conversations(Calls calls, Metrics metrics, long idleSeconds, int maxOpen) {
        this.calls = calls;
        this.metrics = metrics;
        this.idleNanos = TimeUnit.SECONDS.toNanos(idleSeconds);
        this.maxOpen = maxOpen;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cxlint-conversation-expiry");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(200, TimeUnit.NANOSECONDS.toMillis(idleNanos) / 4);
        // expire() ends each conversation quietly, so no exception cancels the schedule; it stops with the service
        var unused = sweeper.scheduleWithFixedDelay(this::expire, every, every, TimeUnit.MILLISECONDS);
    }

    TurnResult turn(String id, Submission fields, byte[] body) throws Submission.Refused {
        if (id.isBlank()
                || id.length() > 200
                || !id.chars().allMatch(c -> c >= 0x20 && c != 0x7f && c != '/' && c != '\\')) {
            throw new Submission.Refused(400, "conversation id must be 1 to 200 printable characters without / or \\");
        }
        ObjectNode turn = parseTurn(id, body);
        Conversation c = open.get(id);
        if (c == null) {
            if (open.size() >= maxOpen) {
                throw new Submission.Refused(429, id + ": " + maxOpen + " conversations are open; end some first");
            }
            c = open.computeIfAbsent(id, Conversation::new);
        }
        synchronized (c) {
            if (c.closed) return turn(id, fields, body); // ended between lookup and lock: this turn starts a new one
            if (c.turns.size() >= MAX_TURNS) {
                throw new Submission.Refused(422, id + ": a conversation holds at most " + MAX_TURNS + " turns");
            }
            c.lastSeen = System.nanoTime();
            if (fields.agent() != null) c.agent = fields.agent();
            if (fields.team() != null) c.team = fields.team();
            if (fields.date() != null) c.date = fields.date();
            if (fields.customer() != null) c.customer = fields.customer();
            if (fields.agentLabel() != null) c.agentLabel = fields.agentLabel();
            c.turns.add(turn);
            int n = c.turns.size();
            Submission s = c.submission();
            List<Report.Item> found = new ArrayList<>();
            Report r;
            try {
                r = calls.score(calls.read(s));
            } catch (Submission.Refused e) {
                // a call of customer turns only so far: nothing to score yet, which is no error
                if (e.getMessage().contains("no agent turns")) return new TurnResult(id, n, List.of());
                c.turns.remove(n - 1);
                throw e;
            }
            for (Report.Item i : r.findings()) {
                if (i.column() == null) continue;
                if (c.returned.add(i.rule() + "|" + i.turn() + "|" + i.start())) found.add(i);
            }
            return new TurnResult(id, n, found);
        }
    }

    private static ObjectNode parseTurn(String id, byte[] body) throws Submission.Refused {
        String where = id + ": turn";
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Submission.Refused(
                    400,
                    where + " is not JSON: "
                            + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (java.io.IOException e) {
            throw new Submission.Refused(400, where + " cannot be read: " + e.getMessage());
        }
        if (n == null || !n.isObject())
            throw new Submission.Refused(400, where + " must be a JSON object {\"speaker\", \"text\"}");
        ObjectNode out = Json.MAPPER.createObjectNode();
        var names = n.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!List.of("speaker", "text", "start", "end").contains(f)) {
                throw new Submission.Refused(
                        400, where + ": unknown field \"" + f + "\" (known fields: speaker, text, start, end)");
            }
        }
        JsonNode speaker = n.get("speaker");
        if (speaker == null
                || !speaker.isTextual()
                || Speaker.parse(speaker.asText()).isEmpty()) {
            throw new Submission.Refused(
                    400,
                    where + ": unknown speaker " + (speaker == null ? "(missing)" : speaker.toString())
                            + " (use agent, customer, bot or unknown)");
        }
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) throw new Submission.Refused(400, where + ": missing \"text\"");
        out.put("speaker", speaker.asText());
        out.put("text", text.asText());
        for (String f : List.of("start", "end")) {
            JsonNode v = n.get(f);
            if (v == null || v.isNull()) continue;
            if (!v.isNumber()) throw new Submission.Refused(400, where + ": \"" + f + "\" must be seconds (a number)");
            out.put(f, v.asDouble());
        }
        return out;
    }

    /** Ends the conversation: scores the whole of it and stores it, as {@code /v1/transcripts} would. */
    Store.Saved end(String id, String origin) throws Submission.Refused {
        Conversation c = open.get(id);
        if (c == null) throw new Submission.Refused(404, id + ": no open conversation with this id");
        synchronized (c) {
            if (c.closed) throw new Submission.Refused(404, id + ": no open conversation with this id");
            c.closed = true;
            open.remove(id, c);
            Store.Saved saved = calls.submit(c.submission(), origin);
            metrics.scored(origin);
            return saved;
        }
    }

    /** Scores and stores every conversation idle for longer than the limit. */
    void expire() {
        long now = System.nanoTime();
        for (Conversation c : List.copyOf(open.values())) {
            if (now - c.lastSeen < idleNanos) continue;
            endQuietly(c.id, "expired");
        }
    }

    private void endQuietly(String id, String origin) {
        try {
            end(id, origin);
        } catch (Submission.Refused | RuntimeException e) {
            // an expired call that cannot be scored (no agent turns) is dropped; the metric says so
            metrics.error("expired-unscorable");
        }
    }

    /** On shutdown: every open conversation is scored and stored as it stands. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        for (String id : List.copyOf(open.keySet())) endQuietly(id, "expired");
    }
}
