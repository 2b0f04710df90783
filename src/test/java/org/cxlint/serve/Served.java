package org.cxlint.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.cxlint.Linters;
import org.cxlint.rules.RuleFiles;

/** A server in this JVM on a free loopback port, with its own store, for tests. */
final class Served implements AutoCloseable {
    final Server server;
    final Store store;
    final String base;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String token;

    Served(Path data, Server.Settings s) {
        this(Store.open(data.toString()), s);
    }

    Served(Store store) {
        this(store, settings());
    }

    Served(Store store, Server.Settings s) {
        this.store = store;
        this.server = new Server(s, Linters.forRules(RuleFiles.bundled()), store);
        this.base = "http://127.0.0.1:" + server.start();
        this.token = s.token();
    }

    Served(Path data) {
        this(data, settings());
    }

    static Server.Settings settings() {
        return new Server.Settings("127.0.0.1", 0, null, 50L * 1024 * 1024, 30, 0, 600, 1000, 4);
    }

    HttpRequest.Builder req(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(req(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
        return http.send(
                req(path).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return post(path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }
}
