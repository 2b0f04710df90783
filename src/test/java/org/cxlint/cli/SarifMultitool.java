package org.cxlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cxlint.report.SarifRenderer;

/**
 * Microsoft's SARIF Multitool ({@code validate}), the checker GitHub code scanning's own rules come from.
 * .ci/run installs it from npm into {@link #DEFAULT_HOME}; {@code -Dcxlint.sarifMultitool=PATH} or
 * {@code CXLINT_SARIF_MULTITOOL} name another copy of the executable.
 */
final class SarifMultitool {
    static final String VERSION = "5.7.0";
    static final Path DEFAULT_HOME = cache().resolve("cxlint").resolve("sarif-multitool-" + VERSION);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SarifMultitool() {}

    /** ${XDG_CACHE_HOME:-$HOME/.cache}, as .ci/run spells it. */
    private static Path cache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    }

    /** The platform executable (the npm package's bin.js goes through a shell, which splits odd file names). */
    static Path executable() {
        String named = System.getProperty("cxlint.sarifMultitool", System.getenv("CXLINT_SARIF_MULTITOOL"));
        if (named != null && !named.isBlank()) return Path.of(named);
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String platform = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
        return DEFAULT_HOME
                .resolve("node_modules/@microsoft/sarif-multitool-" + platform)
                .resolve(platform.equals("win32") ? "Sarif.Multitool.exe" : "Sarif.Multitool");
    }

    static boolean installed() {
        return Files.isExecutable(executable());
    }

    static String notInstalled() {
        return "SARIF Multitool not installed at " + executable() + " (.ci/run installs it: npm install --prefix "
                + DEFAULT_HOME + " @microsoft/sarif-multitool@" + VERSION + ")";
    }

    /**
     * Validates one log and returns every error and warning the Multitool reports (results, tool and
     * configuration notifications, console lines), less the note an offline machine gets for the schema URL.
     */
    static List<String> problems(String sarif) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("cxlint-multitool");
        try {
            Path in = Files.writeString(dir.resolve("report.sarif"), sarif, StandardCharsets.UTF_8);
            Path out = dir.resolve("validation.sarif");
            Process p = new ProcessBuilder(
                            executable().toString(),
                            "validate",
                            "--level",
                            "Error;Warning;Note",
                            "--output",
                            out.toString(),
                            in.toString())
                    .redirectErrorStream(true)
                    .start();
            String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("SARIF Multitool did not finish:\n" + console);
            }
            List<String> problems = new ArrayList<>();
            if (!console.contains("1 files scanned")) problems.add("the Multitool validated nothing:\n" + console);
            if (!Files.exists(out)) {
                problems.add("the Multitool wrote no result log (exit " + p.exitValue() + "):\n" + console);
                return problems;
            }
            for (String line : console.split("\\R")) {
                if (line.matches(".*: (error|warning) [A-Z0-9.]+.*") && !schemaUrl(line)) problems.add(line.strip());
            }
            JsonNode run = JSON.readTree(out.toFile()).path("runs").path(0);
            for (JsonNode r : run.path("results"))
                collect(problems, r, r.path("ruleId").asText());
            for (JsonNode inv : run.path("invocations")) {
                for (String kind : List.of("toolExecutionNotifications", "toolConfigurationNotifications")) {
                    for (JsonNode n : inv.path(kind)) collect(problems, n, kind);
                }
            }
            return problems.stream().distinct().toList();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void collect(List<String> problems, JsonNode n, String what) {
        String level = n.path("level").asText("warning"); // SARIF's default level for a result is warning
        String text = n.path("message").path("text").asText(n.path("message").toString());
        if ((level.equals("error") || level.equals("warning")) && !schemaUrl(text)) {
            problems.add(level + " " + what + ": " + text);
        }
    }

    /** The one thing an offline machine cannot satisfy: fetching the schema the log names. */
    private static boolean schemaUrl(String text) {
        return text.contains(SarifRenderer.SCHEMA_URI)
                && text.toLowerCase(java.util.Locale.ROOT).matches(".*(reach|download|fetch|resolve|connect).*");
    }
}
