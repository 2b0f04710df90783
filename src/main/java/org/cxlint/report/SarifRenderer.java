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
import org.cxlint.model.Transcript;
import org.cxlint.result.Fingerprint;
import org.cxlint.result.InputError;
import org.cxlint.result.Json;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;
import org.cxlint.rules.RuleDef;
import org.cxlint.rules.Severity;

/**
 * SARIF 2.1.0 for code-scanning UIs (GitHub code scanning, the SARIF Multitool's checks): one run, the loaded
 * rules in {@code tool.driver.rules} (each with its help page), one result per finding located where the
 * reader found the turn in the input file. Files under the root are named relative to {@code %SRCROOT%}.
 * Strengths are left out unless asked for, and then are {@code kind: pass} results, so praise never becomes an
 * alert. Waived findings carry an accepted in-source suppression; baselined ones {@code baselineState: unchanged}.
 */
public final class SarifRenderer implements Renderer {
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "cxlintFinding/v2";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SarifUris uris;
    private final boolean strengths;
    private final SarifTool tool = SarifTool.bundled();
    private final List<RuleDef> rules = new ArrayList<>();
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final ArrayNode results = NODES.arrayNode();
    private final ArrayNode notifications = NODES.arrayNode();

    /** Relative to the current directory, strengths left out. */
    public SarifRenderer() {
        this(Path.of(""), false);
    }

    /**
     * @param root      the folder result URIs are relative to ({@code --sarif-root})
     * @param strengths whether strengths are results too ({@code --sarif-strengths})
     */
    public SarifRenderer(Path root, boolean strengths) {
        this.uris = new SarifUris(root);
        this.strengths = strengths;
    }

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public void rules(Collection<RuleDef> loaded) {
        loaded.stream()
                .filter(r -> strengths || !r.isStrength())
                .sorted(Comparator.comparing(RuleDef::id))
                .forEach(r -> {
                    ruleIndex.put(r.id(), rules.size());
                    rules.add(r);
                });
    }

    @Override
    public void report(PrintWriter out, Report report) {
        report(out, report, null);
    }

    @Override
    public void report(PrintWriter out, Report report, Transcript transcript) {
        // the location is the input file, never anything the transcript says about itself (its id)
        String file = SafeText.inputFile(
                report.transcript().source(), report.transcript().id());
        Map<String, Integer> seen = new HashMap<>();
        for (Report.Item f : report.findings()) {
            boolean strength = f.severity() == Severity.STRENGTH;
            if (strength && !strengths) continue;
            ObjectNode r = results.addObject();
            r.put("ruleId", f.rule());
            Integer idx = ruleIndex.get(f.rule());
            if (idx != null) r.put("ruleIndex", idx);
            if (strength) r.put("kind", "pass");
            r.put("level", strength ? "none" : level(f.severity()));
            r.putObject("message").put("text", message(f));
            ObjectNode loc = r.putArray("locations").addObject().putObject("physicalLocation");
            uris.locate(loc.putObject("artifactLocation"), file);
            SourceRegion g = SourceRegion.of(transcript, f);
            ObjectNode region =
                    loc.putObject("region").put("startLine", g.startLine()).put("startColumn", g.startColumn());
            if (g.endLine() != null) region.put("endLine", g.endLine()).put("endColumn", g.endColumn());
            if (f.quote() != null && g.endLine() != null && f.start() != null)
                region.putObject("snippet").put("text", f.quote());
            // equal findings (the same words flagged twice) stay apart by their order in the transcript
            String fp = fingerprint(report, f);
            int n = seen.merge(fp, 1, Integer::sum);
            r.putObject("partialFingerprints").put(FINGERPRINT, fp + "|" + n);
            if (Report.Item.WAIVED.equals(f.status())) {
                r.putArray("suppressions")
                        .addObject()
                        .put("kind", "inSource")
                        .put("status", "accepted")
                        .put("justification", f.note());
            } else if (Report.Item.BASELINED.equals(f.status())) {
                r.put("baselineState", "unchanged");
            }
            ObjectNode props = r.putObject("properties");
            props.put("transcript", report.transcript().id())
                    .put("turn", f.turn())
                    .put("speaker", f.speaker());
            if (f.suggestion() != null) props.put("suggestion", f.suggestion());
            if (f.note() != null) props.put("note", f.note());
        }
    }

    @Override
    public void error(PrintWriter out, InputError error) {
        ObjectNode n = notifications.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", error.reason());
        uris.locate(
                n.putArray("locations")
                        .addObject()
                        .putObject("physicalLocation")
                        .putObject("artifactLocation"),
                SafeText.inputFile(error.file(), null));
    }

    @Override
    public void end(PrintWriter out, Summary summary) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "cxlint");
        driver.put("version", tool.version()).put("semanticVersion", tool.version());
        driver.put("informationUri", tool.home());
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.forEach(r -> ruleNodes.add(rule(r)));
        run.putObject("originalUriBaseIds").putObject(SarifUris.BASE_ID).put("uri", uris.root());
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        if (!notifications.isEmpty()) invocation.set("toolExecutionNotifications", notifications);
        run.set("results", results);
        run.put("columnKind", "utf16CodeUnits");
        out.print(Json.pretty(wellFormed(root)));
        out.print("\n");
        out.flush();
    }

    private ObjectNode rule(RuleDef r) {
        ObjectNode n = NODES.objectNode();
        n.put("id", r.id());
        n.put("name", camel(r.id()));
        n.putObject("shortDescription").put("text", firstSentence(r.message()));
        n.putObject("fullDescription").put("text", r.message());
        n.putObject("help")
                .put(
                        "text",
                        r.rewrite() == null ? r.message() : r.message() + "\nTry instead: " + template(r.rewrite()));
        n.put("helpUri", tool.ruleHelp(r.id()));
        n.putObject("defaultConfiguration").put("level", r.isStrength() ? "none" : level(r.severity()));
        ObjectNode p = n.putObject("properties");
        p.put("principle", r.principle())
                .put("category", r.category())
                .put("severity", r.severity().label());
        p.putArray("tags")
                .add("customer-service")
                .add(r.category())
                .add(r.principle())
                .add(r.severity().label());
        return n;
    }

    /** critical/major break a principle outright; minor is worth a look; info is a note (strengths are passes). */
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

    /** Every string in the log as UTF-8 can carry it: a lone surrogate (from a transcript) becomes U+FFFD. */
    private static com.fasterxml.jackson.databind.JsonNode wellFormed(com.fasterxml.jackson.databind.JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual())
                    e.setValue(NODES.textNode(SafeText.unicode(e.getValue().textValue())));
                else wellFormed(e.getValue());
            });
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual())
                    a.set(i, NODES.textNode(SafeText.unicode(a.get(i).textValue())));
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
            b.append(Character.toUpperCase(part.charAt(0)))
                    .append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }
}
