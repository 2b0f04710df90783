package org.cxlint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.cxlint.facts.FactSettings;

/**
 * A rules folder's settings.yaml: the thresholds of {@link FactSettings}, each key optional (the default stands),
 * each value checked, and any mistake named by file, line and key.
 */
public final class RuleSettings {
    public static final String FILE = "settings.yaml";
    private static final Map<String, Set<String>> KEYS = Map.of(
            "timing", Set.of("interruptionMinOverlapSeconds", "simultaneousStartSeconds", "backchannelMaxWords",
                    "silenceMinSeconds", "holdMinSeconds", "slowResponseSeconds"),
            "sentences", Set.of("repeatedMinWords", "shoutingMinWords", "shoutingMinShare"));

    private RuleSettings() {}

    /** @param yaml the file's text, or null for none (the defaults) */
    public static FactSettings parse(String where, String yaml) {
        if (yaml == null) return FactSettings.DEFAULTS;
        JsonNode doc = RulePack.readYaml(where, yaml, JsonNode.class);
        if (doc == null || doc.isMissingNode() || doc.isNull()) return FactSettings.DEFAULTS;
        if (!(doc instanceof ObjectNode root)) throw new RulesException(where + ": expected keys timing and sentences");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String section = it.next();
            if (!KEYS.containsKey(section)) throw new RulesException(where + ": unknown key \"" + section + "\" (known: sentences, timing)");
            JsonNode body = root.get(section);
            if (!(body instanceof ObjectNode)) throw new RulesException(where + ": " + section + ": expected keys, not a value");
            for (Iterator<String> keys = body.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!KEYS.get(section).contains(key)) {
                    throw new RulesException(where + ": unknown key \"" + section + "." + key + "\" (known: "
                            + String.join(", ", new java.util.TreeSet<>(KEYS.get(section))) + ")");
                }
            }
        }
        FactSettings.Timing t = FactSettings.Timing.DEFAULTS;
        FactSettings.Sentences s = FactSettings.Sentences.DEFAULTS;
        JsonNode timing = root.path("timing");
        JsonNode sentences = root.path("sentences");
        return new FactSettings(
                new FactSettings.Timing(
                        seconds(where, timing, "interruptionMinOverlapSeconds", t.interruptionMinOverlapSeconds()),
                        seconds(where, timing, "simultaneousStartSeconds", t.simultaneousStartSeconds()),
                        count(where, timing, "backchannelMaxWords", t.backchannelMaxWords()),
                        seconds(where, timing, "silenceMinSeconds", t.silenceMinSeconds()),
                        seconds(where, timing, "holdMinSeconds", t.holdMinSeconds()),
                        seconds(where, timing, "slowResponseSeconds", t.slowResponseSeconds())),
                new FactSettings.Sentences(
                        count(where, sentences, "repeatedMinWords", s.repeatedMinWords()),
                        count(where, sentences, "shoutingMinWords", s.shoutingMinWords()),
                        share(where, sentences, "shoutingMinShare", s.shoutingMinShare())));
    }

    /** The top folder's settings laid over the base's, key by key (either may be null: none). */
    static String over(String base, String top) {
        if (top == null) return base;
        if (base == null) return top;
        try {
            JsonNode b = RulePack.YAML.readTree(base);
            JsonNode t = RulePack.YAML.readTree(top);
            if (!(b instanceof ObjectNode merged) || !(t instanceof ObjectNode)) return top;
            for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
                var e = it.next();
                if (merged.get(e.getKey()) instanceof ObjectNode section && e.getValue() instanceof ObjectNode keys) section.setAll(keys);
                else merged.set(e.getKey(), e.getValue());
            }
            return RulePack.YAML.writeValueAsString(merged);
        } catch (java.io.IOException e) {
            return top; // a broken file is reported, with its name, when it is parsed
        }
    }

    private static double seconds(String where, JsonNode section, String key, double otherwise) {
        JsonNode v = section.get(key);
        if (v == null) return otherwise;
        if (!v.isNumber() || !(v.asDouble() > 0) || Double.isInfinite(v.asDouble())) throw bad(where, key, v, "a positive number of seconds");
        return v.asDouble();
    }

    private static int count(String where, JsonNode section, String key, int otherwise) {
        JsonNode v = section.get(key);
        if (v == null) return otherwise;
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) throw bad(where, key, v, "a whole number of at least 1");
        return v.asInt();
    }

    private static double share(String where, JsonNode section, String key, double otherwise) {
        JsonNode v = section.get(key);
        if (v == null) return otherwise;
        if (!v.isNumber() || !(v.asDouble() > 0 && v.asDouble() <= 1)) throw bad(where, key, v, "a share above 0 and at most 1");
        return v.asDouble();
    }

    private static RulesException bad(String where, String key, JsonNode v, String wanted) {
        return new RulesException(where + ": " + key + " must be " + wanted + ", not " + v);
    }
}
