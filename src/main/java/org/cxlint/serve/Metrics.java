package org.cxlint.serve;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** The service's counters, in Prometheus text format at {@code /metrics}; one registry per server, not the global one. */
final class Metrics {
    static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests = Counter.builder()
            .name("cxlint_http_requests_total")
            .help("HTTP requests by method, route and status")
            .labelNames("method", "route", "status")
            .register(registry);
    private final Histogram latency = Histogram.builder()
            .name("cxlint_http_request_duration_seconds")
            .help("HTTP request latency by route")
            .labelNames("route")
            .classicOnly()
            .classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
            .register(registry);
    private final Counter scored = Counter.builder()
            .name("cxlint_transcripts_scored_total")
            .help("Transcripts scored, by origin (api, live, expired)")
            .labelNames("origin")
            .register(registry);
    private final Counter errors = Counter.builder()
            .name("cxlint_errors_total")
            .help("Requests refused or failed, by kind (input, auth, rate, size, timeout, internal)")
            .labelNames("kind")
            .register(registry);

    void request(String method, String route, int status, long nanos) {
        requests.labelValues(method, route, Integer.toString(status)).inc();
        latency.labelValues(route).observe(nanos / 1e9);
    }

    void scored(String origin) {
        scored.labelValues(origin).inc();
    }

    void error(String kind) {
        errors.labelValues(kind).inc();
    }

    String text() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape(), EscapingScheme.UNDERSCORE_ESCAPING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
