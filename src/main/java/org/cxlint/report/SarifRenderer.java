package org.cxlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxlint.rules.RuleDef;
import org.cxlint.rules.Severity;

/**
 * SARIF 2.1.0 for code-scanning UIs: one run, every loaded rule in {@code tool.driver.rules} (help text
 * holds the rewrite), one result per finding located at the flagged words in the transcript file.
 * Waived findings carry an accepted in-source suppression; baselined ones {@code baselineState: unchanged}.
 */
public final class SarifRenderer implements Renderer {
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<RuleDef> rules = new ArrayList<>();
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final ArrayNode results = NODES.arrayNode();
    private final ArrayNode notifications = NODES.arrayNode();
    private final ArrayNode artifacts = NODES.arrayNode();
    private final Map<String, Integer> artifactIndex = new HashMap<>();

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public void rules(Collection<RuleDef> loaded) {
        loaded.stream().sorted(Comparator.comparing(RuleDef::id)).forEach(r -> {
            ruleIndex.put(r.id(), rules.size());
            rules.add(r);
        });
    }

    @Override
    public void report(PrintWriter out, Report report) {
        // the location is the input file, never anything the transcript says about itself (its id)
        String file = SafeText.inputFile(report.transcript().source(), report.transcript().id());
        String uri = uri(file);
        int artifact = artifact(uri);
        SourceLocator locator = null;
        for (Report.Item f : report.findings()) {
            if (locator == null) locator = SourceLocator.of(file, report.transcript().format());
            ObjectNode r = results.addObject();
            r.put("ruleId", f.rule());
            Integer idx = ruleIndex.get(f.rule());
            if (idx != null) r.put("ruleIndex", idx);
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", message(f));
            ObjectNode loc = r.putArray("locations").addObject().putObject("physicalLocation");
            loc.putObject("artifactLocation").put("uri", uri).put("index", artifact);
            SourceLocator.Region g = locator.locate(f.turn(), f.start(), f.end(), f.quote());
            ObjectNode region = loc.putObject("region").put("startLine", g.startLine()).put("startColumn", g.startColumn())
                    .put("endLine", g.endLine()).put("endColumn", g.endColumn());
            if (f.quote() != null) region.putObject("snippet").put("text", f.quote());
            r.putObject("partialFingerprints").put("cxlintFinding/v1", fingerprint(report, f));
            if (Report.Item.WAIVED.equals(f.status())) {
                r.putArray("suppressions").addObject().put("kind", "inSource").put("status", "accepted")
                        .put("justification", f.note());
            } else if (Report.Item.BASELINED.equals(f.status())) {
                r.put("baselineState", "unchanged");
            }
            ObjectNode props = r.putObject("properties");
            props.put("transcript", report.transcript().id()).put("turn", f.turn()).put("speaker", f.speaker());
            if (f.suggestion() != null) props.put("suggestion", f.suggestion());
            if (f.note() != null) props.put("note", f.note());
        }
    }

    @Override
    public void error(PrintWriter out, InputError error) {
        ObjectNode n = notifications.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", error.reason());
        n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
                .put("uri", uri(SafeText.inputFile(error.file(), null)));
    }

    @Override
    public void end(PrintWriter out, Summary summary) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "cxlint");
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.forEach(r -> ruleNodes.add(rule(r)));
        run.set("artifacts", artifacts);
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        if (!notifications.isEmpty()) invocation.set("toolExecutionNotifications", notifications);
        run.set("results", results);
        run.put("columnKind", "utf16CodeUnits");
        out.print(Json.pretty(wellFormed(root)));
        out.print("\n");
        out.flush();
    }

    private int artifact(String uri) {
        return artifactIndex.computeIfAbsent(uri, u -> {
            artifacts.addObject().putObject("location").put("uri", u);
            return artifacts.size() - 1;
        });
    }

    private static ObjectNode rule(RuleDef r) {
        ObjectNode n = NODES.objectNode();
        n.put("id", r.id());
        n.put("name", camel(r.id()));
        n.putObject("shortDescription").put("text", firstSentence(r.message()));
        n.putObject("fullDescription").put("text", r.message());
        n.putObject("help").put("text", r.rewrite() == null ? r.message() : r.message() + "\nTry instead: " + template(r.rewrite()));
        n.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode p = n.putObject("properties");
        p.put("principle", r.principle()).put("category", r.category()).put("severity", r.severity().label());
        p.putArray("tags").add(r.category()).add(r.principle());
        return n;
    }

    /** critical/major break a principle outright; minor is worth a look; info and strength are notes. */
    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, MAJOR -> "error";
            case MINOR -> "warning";
            case INFO, STRENGTH -> "note";
        };
    }

    private static String message(Report.Item f) {
        StringBuilder m = new StringBuilder(f.message());
        if (f.quote() != null) m.append(" Flagged: \"").append(f.quote()).append("\".");
        if (f.suggestion() != null) m.append(" Try: \"").append(f.suggestion()).append("\"");
        return m.toString();
    }

    private static String fingerprint(Report r, Report.Item f) {
        Fingerprint fp = Fingerprint.of(r.transcript(), f);
        return fp.transcript() + "|" + fp.rule() + "|" + fp.quote();
    }

    /**
     * Relative to the working directory (normally the checkout root), with forward slashes, as a URI
     * reference: anything but unreserved characters, sub-delimiters, ':', '@' and '/' is percent-encoded
     * (so a '#' or '?' in a file name stays part of the path).
     */
    static String uri(String source) {
        String s;
        try {
            Path p = Path.of(source);
            if (p.isAbsolute()) {
                Path cwd = Path.of("").toAbsolutePath();
                if (p.startsWith(cwd)) p = cwd.relativize(p);
            }
            s = p.normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            s = source; // not a path this system can name (a NUL, say): written as it is, encoded below
        }
        s = s.replace('\\', '/');
        StringBuilder b = new StringBuilder(s.length());
        for (byte x : SafeText.unicode(s).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    /** Every string in the log as UTF-8 can carry it: a lone surrogate (from a transcript) becomes U+FFFD. */
    private static com.fasterxml.jackson.databind.JsonNode wellFormed(com.fasterxml.jackson.databind.JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) e.setValue(NODES.textNode(SafeText.unicode(e.getValue().textValue())));
                else wellFormed(e.getValue());
            });
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) a.set(i, NODES.textNode(SafeText.unicode(a.get(i).textValue())));
                else wellFormed(a.get(i));
            }
        }
        return n;
    }

    /** A rewrite template in words a reader follows: {match} is the flagged words, {rest} the sentence after them. */
    static String template(String rewrite) {
        return rewrite.replace("{match}", "[flagged words]").replace("{rest}", "[rest of the sentence]");
    }

    private static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        return dot < 0 ? text : text.substring(0, dot + 1);
    }

    /** OWN-DEFLECT -> OwnDeflect: SARIF's name is an identifier-like label. */
    private static String camel(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) continue;
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }
}
