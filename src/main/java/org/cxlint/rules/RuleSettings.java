package org.cxlint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;
import org.cxlint.facts.FactSettings;
import org.cxlint.ingest.RoleCues;
import org.cxlint.nlp.TokenNormalizer;

/**
 * A rules folder's settings.yaml: the thresholds and cue words of {@link FactSettings}, the role-inference cues
 * of {@link RoleCues} and the summary's score bands, each key optional (the default stands), each value checked,
 * and any mistake named by file and key. A list is one value: a folder that sets it replaces it whole.
 */
public final class RuleSettings {
    public static final String FILE = "settings.yaml";
    private static final Map<String, Set<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put(
                "timing",
                Set.of(
                        "interruptionMinOverlapSeconds",
                        "simultaneousStartSeconds",
                        "backchannelMaxWords",
                        "silenceMinSeconds",
                        "holdMinSeconds",
                        "slowResponseSeconds"));
        KEYS.put("sentences", Set.of("repeatedMinWords", "shoutingMinWords", "shoutingMinShare"));
        KEYS.put(
                "cues",
                Set.of(
                        "scopeTokens",
                        "boundaries",
                        "negators",
                        "conditionals",
                        "reporting",
                        "otherSubjects",
                        "elided",
                        "exceptionReachTokens"));
        KEYS.put("names", Set.of("titles", "openers", "notNames", "introWindow"));
        KEYS.put(
                "roles",
                Set.of(
                        "turnsPerLabel",
                        "confidenceScale",
                        "maxConfidence",
                        "fallbackConfidence",
                        "firstOnCallWeight",
                        "evidence"));
        KEYS.put("summary", Set.of("scoreBands"));
    }

    private static final Set<String> EVIDENCE_KEYS = Set.of("what", "weight", "patterns");

    /**
     * Everything a settings.yaml sets, for the layers that read it: facts for the fact builder, roles for
     * ingest, score bands for the per-agent summary (result.Breakdown).
     *
     * @param scoreBands the lower bound of each band of the summary's score distribution, from 0, increasing
     */
    public record Values(FactSettings facts, RoleCues roles, List<Integer> scoreBands) {
        public static final List<Integer> SCORE_BANDS = List.of(0, 50, 60, 70, 80, 90);
        public static final Values DEFAULTS = new Values(FactSettings.DEFAULTS, RoleCues.DEFAULTS, SCORE_BANDS);

        public Values {
            scoreBands = List.copyOf(scoreBands);
        }
    }

    private RuleSettings() {}

    /** The settings of a rules folder's files (its settings.yaml, or the defaults when it has none). */
    public static Values of(RuleFiles files) {
        return parse(files.where(FILE), files.settings());
    }

    /** @param yaml the file's text, or null for none (the defaults) */
    public static Values parse(String where, String yaml) {
        if (yaml == null) return Values.DEFAULTS;
        JsonNode doc = RulePack.readYaml(where, yaml, JsonNode.class);
        if (doc == null || doc.isMissingNode() || doc.isNull()) return Values.DEFAULTS;
        if (!(doc instanceof ObjectNode root))
            throw new RulesException(where + ": expected keys " + String.join(", ", new TreeSet<>(KEYS.keySet())));
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String section = it.next();
            if (!KEYS.containsKey(section)) {
                throw new RulesException(where + ": unknown key \"" + section + "\" (known: "
                        + String.join(", ", new TreeSet<>(KEYS.keySet())) + ")");
            }
            JsonNode body = root.get(section);
            if (!(body instanceof ObjectNode))
                throw new RulesException(where + ": " + section + ": expected keys, not a value");
            for (Iterator<String> keys = body.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!KEYS.get(section).contains(key)) {
                    throw new RulesException(where + ": unknown key \"" + section + "." + key + "\" (known: "
                            + String.join(", ", new TreeSet<>(KEYS.get(section))) + ")");
                }
            }
        }
        Section timing = new Section(where, "timing", root.path("timing"));
        Section sentences = new Section(where, "sentences", root.path("sentences"));
        Section cues = new Section(where, "cues", root.path("cues"));
        Section names = new Section(where, "names", root.path("names"));
        Section roles = new Section(where, "roles", root.path("roles"));
        Section summary = new Section(where, "summary", root.path("summary"));
        FactSettings.Timing t = FactSettings.Timing.DEFAULTS;
        FactSettings.Sentences s = FactSettings.Sentences.DEFAULTS;
        FactSettings.Cues c = FactSettings.Cues.DEFAULTS;
        FactSettings.Names n = FactSettings.Names.DEFAULTS;
        RoleCues r = RoleCues.DEFAULTS;
        FactSettings facts = new FactSettings(
                new FactSettings.Timing(
                        timing.seconds("interruptionMinOverlapSeconds", t.interruptionMinOverlapSeconds()),
                        timing.seconds("simultaneousStartSeconds", t.simultaneousStartSeconds()),
                        timing.count("backchannelMaxWords", t.backchannelMaxWords(), 1),
                        timing.seconds("silenceMinSeconds", t.silenceMinSeconds()),
                        timing.seconds("holdMinSeconds", t.holdMinSeconds()),
                        timing.seconds("slowResponseSeconds", t.slowResponseSeconds())),
                new FactSettings.Sentences(
                        sentences.count("repeatedMinWords", s.repeatedMinWords(), 1),
                        sentences.count("shoutingMinWords", s.shoutingMinWords(), 1),
                        sentences.share("shoutingMinShare", s.shoutingMinShare())),
                new FactSettings.Cues(
                        cues.count("scopeTokens", c.scopeTokens(), 1),
                        cues.tokens("boundaries", c.boundaries()),
                        cues.tokens("negators", c.negators()),
                        cues.tokens("conditionals", c.conditionals()),
                        cues.tokens("reporting", c.reporting()),
                        cues.tokens("otherSubjects", c.otherSubjects()),
                        cues.letters("elided", c.elided()),
                        cues.count("exceptionReachTokens", c.exceptionReachTokens(), 0)),
                new FactSettings.Names(
                        names.tokens("titles", n.titles()),
                        names.tokens("openers", n.openers()),
                        names.tokens("notNames", n.notNames()),
                        names.count("introWindow", n.introWindow(), 1)));
        RoleCues roleCues = new RoleCues(
                roles.count("turnsPerLabel", r.turnsPerLabel(), 1),
                roles.positive("confidenceScale", r.confidenceScale()),
                roles.share("maxConfidence", r.maxConfidence()),
                roles.share("fallbackConfidence", r.fallbackConfidence()),
                roles.weight("firstOnCallWeight", r.firstOnCallWeight()),
                roles.evidence("evidence", r.cues()));
        return new Values(facts, roleCues, summary.bands("scoreBands", Values.SCORE_BANDS));
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
                if (merged.get(e.getKey()) instanceof ObjectNode section && e.getValue() instanceof ObjectNode keys)
                    section.setAll(keys);
                else merged.set(e.getKey(), e.getValue());
            }
            return RulePack.YAML.writeValueAsString(merged);
        } catch (java.io.IOException e) {
            return top; // a broken file is reported, with its name, when it is parsed
        }
    }

    /** One section's keys, read and checked; a mistake names the file and the key's full path. */
    private record Section(String where, String name, JsonNode body) {
        private JsonNode get(String key) {
            return body.get(key); // null when not set; an explicit null is a value, and refused
        }

        double seconds(String key, double otherwise) {
            JsonNode v = get(key);
            if (v == null) return otherwise;
            if (!v.isNumber() || !(v.asDouble() > 0) || Double.isInfinite(v.asDouble()))
                throw bad(key, v, "a positive number of seconds");
            return v.asDouble();
        }

        double positive(String key, double otherwise) {
            JsonNode v = get(key);
            if (v == null) return otherwise;
            if (!v.isNumber() || !(v.asDouble() > 0) || Double.isInfinite(v.asDouble()))
                throw bad(key, v, "a positive number");
            return v.asDouble();
        }

        double weight(String key, double otherwise) {
            JsonNode v = get(key);
            if (v == null) return otherwise;
            if (!v.isNumber() || !(v.asDouble() >= 0) || Double.isInfinite(v.asDouble()))
                throw bad(key, v, "a number of at least 0");
            return v.asDouble();
        }

        int count(String key, int otherwise, int least) {
            JsonNode v = get(key);
            if (v == null) return otherwise;
            if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < least)
                throw bad(key, v, "a whole number of at least " + least);
            return v.asInt();
        }

        double share(String key, double otherwise) {
            JsonNode v = get(key);
            if (v == null) return otherwise;
            if (!v.isNumber() || !(v.asDouble() > 0 && v.asDouble() <= 1))
                throw bad(key, v, "a share above 0 and at most 1");
            return v.asDouble();
        }

        /** Words compared with tokens: each must be one token written as the tokenizer normalises it. */
        Set<String> tokens(String key, Set<String> otherwise) {
            List<String> words = strings(key);
            if (words == null) return otherwise;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                String norm = TokenNormalizer.norm(w, null);
                if (w.chars().anyMatch(Character::isWhitespace))
                    throw bad(key + "[" + i + "]", w, "one word (a token), without spaces");
                if (!norm.equals(w)) {
                    throw bad(
                            key + "[" + i + "]",
                            w,
                            "written as the tokenizer reads it (lower case, straight apostrophes, "
                                    + "\"n't\" as \"not\"): \"" + norm + "\"");
                }
            }
            return new LinkedHashSet<>(words);
        }

        /** Words compared with the lower-cased letters after an apostrophe. */
        Set<String> letters(String key, Set<String> otherwise) {
            List<String> words = strings(key);
            if (words == null) return otherwise;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (!w.chars().allMatch(ch -> Character.isLetter(ch) && !Character.isUpperCase(ch))) {
                    throw bad(key + "[" + i + "]", w, "lower-case letters only");
                }
            }
            return new LinkedHashSet<>(words);
        }

        /** A non-empty list of non-empty strings, or null when the key is not set. */
        private List<String> strings(String key) {
            JsonNode v = get(key);
            if (v == null) return null;
            if (!(v instanceof ArrayNode a) || a.isEmpty()) throw bad(key, v, "a list of at least one word");
            List<String> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                JsonNode e = a.get(i);
                if (e.isBoolean()) {
                    throw bad(
                            key + "[" + i + "]",
                            e,
                            "a word in quotes (YAML reads an unquoted no, yes, on, off, y or n as true or false)");
                }
                if (!e.isTextual() || e.asText().isEmpty()) throw bad(key + "[" + i + "]", e, "a word");
                out.add(e.asText());
            }
            return out;
        }

        List<RoleCues.Cue> evidence(String key, List<RoleCues.Cue> otherwise) {
            JsonNode v = get(key);
            if (v == null) return otherwise;
            if (!(v instanceof ArrayNode a) || a.isEmpty())
                throw bad(key, v, "a list of at least one {what, weight, patterns}");
            List<RoleCues.Cue> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                String at = key + "[" + i + "]";
                if (!(a.get(i) instanceof ObjectNode cue)) throw bad(at, a.get(i), "{what, weight, patterns}");
                for (Iterator<String> it = cue.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    if (!EVIDENCE_KEYS.contains(k)) {
                        throw new RulesException(where + ": unknown key \"" + name + "." + at + "." + k
                                + "\" (known: patterns, weight, what)");
                    }
                }
                JsonNode what = cue.get("what");
                if (what == null || !what.isTextual() || what.asText().isBlank())
                    throw bad(at + ".what", what, "the evidence shown in reports");
                JsonNode weight = cue.get("weight");
                if (weight == null
                        || !weight.isNumber()
                        || weight.asDouble() == 0
                        || !Double.isFinite(weight.asDouble())) {
                    throw bad(at + ".weight", weight, "a number other than 0 (negative for what customers say)");
                }
                JsonNode patterns = cue.get("patterns");
                if (!(patterns instanceof ArrayNode ps) || ps.isEmpty())
                    throw bad(at + ".patterns", patterns, "a list of at least one regular expression");
                List<String> regexes = new ArrayList<>();
                for (int p = 0; p < ps.size(); p++) {
                    JsonNode regex = ps.get(p);
                    if (!regex.isTextual() || regex.asText().isEmpty())
                        throw bad(at + ".patterns[" + p + "]", regex, "a regular expression");
                    try {
                        java.util.regex.Pattern.compile(regex.asText());
                    } catch (PatternSyntaxException e) {
                        throw new RulesException(where + ": " + name + "." + at + ".patterns[" + p
                                + "] is not a valid regular expression: " + e.getDescription() + " near index "
                                + e.getIndex() + " of " + e.getPattern());
                    }
                    regexes.add(regex.asText());
                }
                RoleCues.Cue c = new RoleCues.Cue(what.asText(), weight.asDouble(), regexes);
                out.add(c);
            }
            return out;
        }

        List<Integer> bands(String key, List<Integer> otherwise) {
            JsonNode v = get(key);
            if (v == null) return otherwise;
            String wanted = "a list of whole-number lower bounds from 0, increasing, up to 100";
            if (!(v instanceof ArrayNode a) || a.isEmpty()) throw bad(key, v, wanted);
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                JsonNode e = a.get(i);
                int previous = i == 0 ? -1 : out.get(i - 1);
                boolean ok = e.isIntegralNumber()
                        && e.canConvertToInt()
                        && e.asInt() <= 100
                        && (i == 0 ? e.asInt() == 0 : e.asInt() > previous);
                if (!ok)
                    throw bad(
                            key + "[" + i + "]",
                            e,
                            i == 0
                                    ? "0 (the lowest band starts at 0)"
                                    : "a whole number above " + previous + " and at most 100");
                out.add(e.asInt());
            }
            return out;
        }

        private RulesException bad(String key, Object v, String wanted) {
            String shown = v instanceof String str ? "\"" + str + "\"" : String.valueOf(v);
            return new RulesException(where + ": " + name + "." + key + " must be " + wanted + ", not " + shown);
        }
    }
}
