package org.cxlint.serve;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlint.Linter;
import org.cxlint.result.Json;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The HTTP service on Javalin (Jetty 12). Every route goes through one wrapper that checks the bearer
 * token and the rate limit, reads the body within the size limit, runs the work on the scoring pool within
 * the request timeout, maps refusals to 4xx with the CLI's one-line reason, and records metrics. Handlers
 * return a {@link Res} instead of writing to the context, so a request that timed out cannot be written to
 * late by its own worker.
 */
public final class Server implements AutoCloseable {
    /** What the server is started with; see {@code cxlint serve --help}. */
    public record Settings(
            String host,
            int port,
            String token,
            long maxBody,
            int timeoutSeconds,
            double ratePerSecond,
            long idleSeconds,
            int maxConversations,
            int threads) {}

    /** A request as handlers see it: already read, on the request thread. */
    record Req(String method, Map<String, String> path, Map<String, String> fields, byte[] body) {
        String path(String name) {
            return path.get(name);
        }

        String field(String name) {
            return fields.get(name);
        }
    }

    /** A response: JSON unless said otherwise. */
    record Res(int status, String type, String body, Map<String, String> headers) {
        static Res json(int status, String body) {
            return new Res(status, "application/json", body, Map.of());
        }

        static Res json(int status, Object value) {
            return json(status, Json.pretty(value) + "\n");
        }

        static Res error(int status, String message) {
            return json(status, Map.of("error", message));
        }

        Res with(String header, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(header, value);
            return new Res(status, type, body, h);
        }
    }

    interface Api {
        Res handle(Req r) throws Exception;
    }

    private final Settings settings;
    private final Metrics metrics = new Metrics();
    private final Bearer bearer;
    private final RateLimiter limiter;
    private final ExecutorService pool;
    private final Calls calls;
    private final Conversations conversations;
    private final Routes routes;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private Javalin app;
    private ServerConnector connector;

    public Server(Settings settings, Linter linter, Store store) {
        this.settings = settings;
        this.bearer = new Bearer(settings.token());
        this.limiter = new RateLimiter(settings.ratePerSecond());
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "cxlint-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.calls = new Calls(linter, store);
        this.conversations = new Conversations(calls, metrics, settings.idleSeconds(), settings.maxConversations());
        this.routes = new Routes(calls, conversations, metrics, this::ready);
    }

    boolean ready() {
        return !draining.get() && calls.store().ready();
    }

    /** Starts listening; returns the port (useful with port 0). */
    public int start() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            // the wrapper reads bodies itself, bounded; Javalin's own limit only backs it up
            cfg.http.maxRequestSize = settings.maxBody() + 1;
            cfg.jetty.addConnector((server, http) -> {
                http.setSendServerVersion(false);
                // Jetty reuses a cached header when a later one on the connection differs only in case; a bearer
                // token is case-sensitive ("s3cret-tokeN" passed for "s3cret-token", and the other way round)
                http.setHeaderCacheCaseSensitive(true);
                connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(settings.host());
                connector.setPort(settings.port());
                // a client that stops sending (or reading) is cut off after the request timeout
                connector.setIdleTimeout(TimeUnit.SECONDS.toMillis(settings.timeoutSeconds()));
                return connector;
            });
            routes.register(new Registrar(cfg.routes));
        });
        app.start();
        return connector.getLocalPort();
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Adds each route through the wrapper. */
    final class Registrar {
        private final RoutesConfig r;

        Registrar(RoutesConfig r) {
            this.r = r;
        }

        void get(String path, boolean open, Api api) {
            r.get(path, ctx -> handle(ctx, path, open, api));
        }

        void post(String path, Api api) {
            r.post(path, ctx -> handle(ctx, path, false, api));
        }
    }

    /** @param open no token needed (health probes) */
    private void handle(Context ctx, String route, boolean open, Api api) {
        long t0 = System.nanoTime();
        inFlight.incrementAndGet();
        try {
            Res res = respond(ctx, open, api);
            ctx.status(res.status());
            ctx.contentType(res.type());
            res.headers().forEach(ctx::header);
            ctx.result(res.body());
            metrics.request(ctx.method().name(), route, res.status(), System.nanoTime() - t0);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private Res respond(Context ctx, boolean open, Api api) {
        if (draining.get() && !open) {
            metrics.error("unavailable");
            return Res.error(503, "the server is shutting down").with("Retry-After", "5");
        }
        if (!open && !bearer.accepts(ctx.header("Authorization"))) {
            metrics.error("auth");
            return Res.error(
                            401,
                            "missing or wrong token: send Authorization: Bearer TOKEN (the --token given to cxlint serve)")
                    .with("WWW-Authenticate", "Bearer");
        }
        if (!open && !limiter.allow(ctx.ip())) {
            metrics.error("rate");
            return Res.error(
                            429,
                            "too many requests from " + ctx.ip() + ": the limit is " + fmt(settings.ratePerSecond())
                                    + " a second (--rate-limit)")
                    .with("Retry-After", "1");
        }
        byte[] body;
        try {
            body = ctx.method().name().equals("POST")
                    ? readBody(ctx.bodyInputStream(), settings.maxBody())
                    : new byte[0];
        } catch (TooLarge e) {
            metrics.error("size");
            return Res.error(
                    413,
                    "request body is too large (the limit is " + mb(settings.maxBody())
                            + "); split it, e.g. one transcript per request");
        } catch (IOException e) {
            metrics.error("input");
            return Res.error(400, "cannot read the request body: " + e.getMessage());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : Submission.FIELDS) {
            String v = ctx.queryParam(f);
            if (v == null) v = ctx.header("X-Cxlint-" + Character.toUpperCase(f.charAt(0)) + f.substring(1));
            if (v != null && !v.isEmpty()) fields.put(f, v);
        }
        for (String f : new String[] {"from", "to", "limit"}) {
            String v = ctx.queryParam(f);
            if (v != null) fields.put(f, v);
        }
        Req req = new Req(ctx.method().name(), ctx.pathParamMap(), fields, body);
        Future<Res> work = pool.submit(() -> run(api, req));
        try {
            return work.get(settings.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            metrics.error("timeout");
            return Res.error(503, "the request took longer than " + settings.timeoutSeconds() + " s (--timeout)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Res.error(503, "the server is shutting down");
        } catch (ExecutionException e) {
            return internal(e.getCause());
        }
    }

    private Res run(Api api, Req req) {
        try {
            return api.handle(req);
        } catch (Submission.Refused e) {
            metrics.error(e.status >= 500 ? "internal" : "input");
            return Res.error(e.status, e.getMessage());
        } catch (Store.StoreException e) {
            metrics.error("store");
            return Res.error(503, e.getMessage());
        } catch (Exception | StackOverflowError e) {
            return internal(e);
        }
    }

    private Res internal(Throwable e) {
        metrics.error("internal");
        if (System.getenv("CXLINT_DEBUG") != null) e.printStackTrace();
        return Res.error(500, "cxlint failed on this request (an internal error; please report it)");
    }

    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** The whole body, refused as soon as more than {@code max} bytes have come (chunked bodies have no length). */
    static byte[] readBody(InputStream in, long max) throws IOException, TooLarge {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        for (int n; (n = in.read(buf)) >= 0; ) {
            out.write(buf, 0, n);
            if (out.size() > max) throw new TooLarge();
        }
        return out.toByteArray();
    }

    private static String mb(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * Graceful stop: new requests are refused with 503, requests in flight finish (for up to the request
     * timeout), open conversations are scored and stored, then the listener and the store close.
     */
    @Override
    public void close() {
        draining.set(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.timeoutSeconds() + 1);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            // the last handler has returned; give Jetty a moment to send what it returned
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (app != null) app.stop();
        conversations.close();
        pool.shutdown();
        calls.store().close();
    }
}
