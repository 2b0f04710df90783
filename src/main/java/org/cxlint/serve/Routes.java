package org.cxlint.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.cxlint.serve.Server.Req;
import org.cxlint.serve.Server.Res;

/** The endpoints; README "Running cxlint as a service" and {@code /openapi.json} describe them. */
final class Routes {
    private final Calls calls;
    private final Conversations conversations;
    private final Metrics metrics;
    private final BooleanSupplier ready;
    private final Pages pages;
    private final String openapi;

    Routes(Calls calls, Conversations conversations, Metrics metrics, BooleanSupplier ready) {
        this.calls = calls;
        this.conversations = conversations;
        this.metrics = metrics;
        this.ready = ready;
        this.pages = new Pages(calls.store());
        this.openapi = resource("openapi.json");
    }

    static String resource(String name) {
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void register(Server.Registrar r) {
        r.get("/healthz", true, req -> Res.json(200, Map.of("status", "ok")));
        r.get(
                "/readyz",
                true,
                req -> ready.getAsBoolean()
                        ? Res.json(200, Map.of("status", "ready"))
                        : Res.json(503, Map.of("status", "not ready")));
        r.get("/metrics", false, req -> new Res(200, Metrics.CONTENT_TYPE, metrics.text(), Map.of()));
        r.get("/openapi.json", true, req -> Res.json(200, openapi));
        r.post("/v1/transcripts", this::submit);
        r.get("/v1/reports/{id}", false, this::report);
        r.get(
                "/v1/agents",
                false,
                req -> Res.json(200, Map.of("agents", calls.store().agents())));
        r.get("/v1/agents/{agent}/trend", false, this::trend);
        r.post("/v1/conversations/{id}/turns", this::turn);
        r.post("/v1/conversations/{id}/end", this::end);
        r.get("/", false, req -> html(pages.index()));
        r.get(
                "/reports/{id}",
                false,
                req -> pages.report(id(req))
                        .map(Routes::html)
                        .orElseGet(() -> Res.error(404, "no report " + req.path("id"))));
        r.get("/agents/{agent}", false, req -> {
            LocalDate[] range = range(req);
            return html(pages.agent(req.path("agent"), trend(req.path("agent"), range)));
        });
    }

    /** Pages run no script and load nothing; the header says so as well as the page's own meta tag. */
    static Res html(String page) {
        return new Res(
                200,
                "text/html; charset=utf-8",
                page,
                Map.of("Content-Security-Policy", Pages.CSP, "X-Content-Type-Options", "nosniff"));
    }

    private Res submit(Req req) throws Submission.Refused {
        Submission s = submission(req, req.body());
        Store.Saved saved = calls.submit(s, "api");
        if (saved.created()) metrics.scored("api");
        return stored(saved);
    }

    static Submission submission(Req req, byte[] body) {
        return new Submission(
                body,
                req.field("id"),
                req.field("format"),
                req.field("agent"),
                req.field("team"),
                req.field("date"),
                req.field("customer"),
                req.field("agentLabel"));
    }

    /** 201 with the report for a new call; 200 with the stored one for a call sent before. */
    private static Res stored(Store.Saved saved) {
        return Res.json(saved.created() ? 201 : 200, saved.reportJson() + "\n")
                .with("Location", "/v1/reports/" + saved.id())
                .with("X-Cxlint-Report-Id", Long.toString(saved.id()))
                .with("X-Cxlint-Duplicate", Boolean.toString(!saved.created()));
    }

    private static long id(Req req) throws Submission.Refused {
        try {
            return Long.parseLong(req.path("id"));
        } catch (NumberFormatException e) {
            throw new Submission.Refused(404, "no report " + req.path("id") + " (report ids are numbers)");
        }
    }

    private Res report(Req req) throws Submission.Refused {
        long id = id(req);
        return calls.store()
                .reportJson(id)
                .map(j -> Res.json(200, j + "\n"))
                .orElseThrow(() -> new Submission.Refused(404, "no report " + id));
    }

    private static LocalDate[] range(Req req) throws Submission.Refused {
        LocalDate to = date(req, "to", Calls.today());
        LocalDate from = date(req, "from", to.minusWeeks(12));
        if (from.isAfter(to)) throw new Submission.Refused(400, "from " + from + " is after to " + to);
        return new LocalDate[] {from, to};
    }

    private static LocalDate date(Req req, String name, LocalDate fallback) throws Submission.Refused {
        String v = req.field(name);
        if (v == null || v.isEmpty()) return fallback;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new Submission.Refused(400, name + " \"" + v + "\" is not a date (yyyy-mm-dd)");
        }
    }

    private Trend trend(String agent, LocalDate[] range) {
        return Trend.of(agent, range[0], range[1], calls.store().calls(agent, range[0], range[1]));
    }

    private Res trend(Req req) throws Submission.Refused {
        return Res.json(200, trend(req.path("agent"), range(req)));
    }

    private Res turn(Req req) throws Submission.Refused {
        Conversations.TurnResult r = conversations.turn(req.path("id"), submission(req, null), req.body());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conversation", r.conversation());
        out.put("turn", r.turn());
        out.put("findings", r.findings());
        return Res.json(200, out);
    }

    private Res end(Req req) throws Submission.Refused {
        return stored(conversations.end(req.path("id"), "live"));
    }
}
