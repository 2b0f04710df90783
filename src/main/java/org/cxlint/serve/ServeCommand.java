package org.cxlint.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cxlint.Linter;
import org.cxlint.Linters;
import org.cxlint.ingest.SourceText;
import org.cxlint.rules.RuleFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Score calls over HTTP as they end (POST /v1/transcripts) and while they happen (/v1/conversations), "
                    + "store every report, and serve trends and coach pages. See README, \"Running cxlint as a service\".",
            "Rules are loaded once, here, from the bundle or --rules; no request can change them."
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            paramLabel = "ADDR",
            description =
                    "Address to listen on. Anything but a loopback address needs --token. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(
            names = "--port",
            defaultValue = "8080",
            paramLabel = "N",
            description = "Port (0: any free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description =
                    "Require Authorization: Bearer TOKEN on every request but /healthz, /readyz and /openapi.json. "
                            + "Default: the CXLINT_TOKEN environment variable, if set.")
    String token;

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "Use the rules in DIR instead of the bundled ones (read once, at start-up).")
    Path rulesDir;

    @Option(
            names = "--data",
            defaultValue = "cxlint-data",
            paramLabel = "DIR",
            description = "Folder of the embedded store (H2). Default: ${DEFAULT-VALUE}.")
    String data;

    @Option(
            names = "--store",
            paramLabel = "DIR|URL",
            description =
                    "The store instead of --data: a folder, or a JDBC URL such as jdbc:postgresql://host/db?user=u&password=p.")
    String store;

    @Option(
            names = "--max-body",
            paramLabel = "BYTES",
            description = "Largest request body. Default and maximum: 52428800 (50 MB, the file limit).")
    long maxBody = SourceText.MAX_BYTES;

    @Option(
            names = "--timeout",
            defaultValue = "30",
            paramLabel = "SECONDS",
            description =
                    "A request that takes longer is answered 503; a client idle this long is cut off. Default: ${DEFAULT-VALUE}.")
    int timeout;

    @Option(
            names = "--rate-limit",
            defaultValue = "50",
            paramLabel = "N",
            description =
                    "Requests a second per client address (bursts of twice that); 0: no limit. Default: ${DEFAULT-VALUE}.")
    double rate;

    @Option(
            names = "--idle",
            defaultValue = "600",
            paramLabel = "SECONDS",
            description =
                    "A live conversation without a turn for this long is ended, scored and stored. Default: ${DEFAULT-VALUE}.")
    long idle;

    @Option(
            names = "--max-conversations",
            defaultValue = "10000",
            paramLabel = "N",
            description = "Live conversations open at once. Default: ${DEFAULT-VALUE}.")
    int maxConversations;

    @Option(
            names = {"-j", "--threads"},
            paramLabel = "N",
            description = "Requests worked on at once. Default: twice the processors.")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (token == null) token = System.getenv("CXLINT_TOKEN");
        if (token != null && token.isBlank()) throw new CommandLine.ParameterException(cl, "--token is empty");
        if (!loopback(host) && token == null) {
            throw new CommandLine.ParameterException(
                    cl,
                    "--host " + host + " is not a loopback address: give --token "
                            + "(clients then send Authorization: Bearer TOKEN), or listen on 127.0.0.1");
        }
        if (port < 0 || port > 65535)
            throw new CommandLine.ParameterException(cl, "--port must be between 0 and 65535, not " + port);
        if (maxBody < 1 || maxBody > SourceText.MAX_BYTES) {
            throw new CommandLine.ParameterException(
                    cl, "--max-body must be between 1 and " + SourceText.MAX_BYTES + ", not " + maxBody);
        }
        if (timeout < 1 || timeout > 3600)
            throw new CommandLine.ParameterException(
                    cl, "--timeout must be between 1 and 3600 seconds, not " + timeout);
        if (rate < 0) throw new CommandLine.ParameterException(cl, "--rate-limit must be 0 or more, not " + rate);
        if (idle < 1) throw new CommandLine.ParameterException(cl, "--idle must be at least 1 second, not " + idle);
        if (maxConversations < 1)
            throw new CommandLine.ParameterException(cl, "--max-conversations must be at least 1");
        int n = threads == null ? Runtime.getRuntime().availableProcessors() * 2 : threads;
        if (n < 1 || n > 256)
            throw new CommandLine.ParameterException(cl, "--threads must be between 1 and 256, not " + n);

        RuleFiles files = rulesDir == null ? RuleFiles.bundled() : RuleFiles.fromDirectory(rulesDir);
        Store st;
        try {
            // before the rules, which take seconds: a store that cannot be opened is said at once
            st = Store.open(store != null ? store : data);
        } catch (Store.StoreException e) {
            cl.getErr().println("cxlint: " + e.getMessage());
            cl.getErr().flush();
            return 1;
        }
        Linter linter;
        try {
            linter = Linters.forRules(files);
        } catch (RuntimeException e) {
            st.close();
            throw e;
        }
        Server server = new Server(
                new Server.Settings(host, port, token, maxBody, timeout, rate, idle, maxConversations, n), linter, st);
        int bound;
        try {
            bound = server.start();
        } catch (RuntimeException e) {
            server.close();
            cl.getErr().println("cxlint: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            cl.getErr().flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "cxlint-serve-shutdown"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        cl.getOut().println("cxlint: serving on http://" + shown + ":" + bound + " (store: " + st.where() + ")");
        cl.getOut().flush();
        stopped.await();
        return 0;
    }

    static boolean loopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) if (!a.isLoopbackAddress()) return false;
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
