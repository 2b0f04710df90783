package org.cxlint.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxlint.rules.RuleDef;

/**
 * A team's label names mapped to rule ids (YAML: {@code behaviours: {NAME: {rules: [ID...], level: turn|conversation}}}).
 * A label may also name a rule id directly. Each rule belongs to at most one behaviour, so a finding is
 * right or wrong for exactly one label.
 */
public final class BehaviourMap {
    public static final String BUNDLED = "/cxlint/eval/behaviours.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, Behaviour> byName;
    private final Map<String, Behaviour> byRule;

    private BehaviourMap(Map<String, Behaviour> byName, Map<String, Behaviour> byRule) {
        this.byName = byName;
        this.byRule = byRule;
    }

    /** The mapping for the behaviour names of eval/GUIDE.md. */
    public static BehaviourMap bundled(Map<String, RuleDef> rules) {
        try (InputStream in = BehaviourMap.class.getResourceAsStream(BUNDLED)) {
            return parse(
                    "(bundled) eval/behaviours.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8), rules);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static BehaviourMap parse(String where, String yaml, Map<String, RuleDef> rules) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new EvalException(where + ": not valid YAML ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        JsonNode list = root == null ? null : root.get("behaviours");
        if (list == null || !list.isObject()) throw new EvalException(where + ": expected a \"behaviours:\" map");
        Map<String, Behaviour> byName = new LinkedHashMap<>();
        Map<String, Behaviour> byRule = new LinkedHashMap<>();
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) list::fields) {
            Behaviour b = behaviour(where, e.getKey(), e.getValue(), rules);
            byName.put(b.name(), b);
            for (String r : b.rules()) {
                Behaviour other = byRule.put(r, b);
                if (other != null) {
                    throw new EvalException(
                            where + ": rule " + r + " is mapped from both " + other.name() + " and " + b.name());
                }
            }
        }
        return new BehaviourMap(byName, byRule);
    }

    private static Behaviour behaviour(String where, String name, JsonNode spec, Map<String, RuleDef> rules) {
        String at = where + ": behaviour " + name;
        List<String> ids = new ArrayList<>();
        spec.path("rules").forEach(r -> ids.add(r.asText()));
        if (ids.isEmpty()) throw new EvalException(at + ": \"rules\" must list at least one rule id");
        String levelText = spec.path("level").asText("turn");
        Level level;
        try {
            level = Level.valueOf(levelText.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new EvalException(at + ": level \"" + levelText + "\" is not turn or conversation");
        }
        Boolean strength = null;
        String family = null;
        for (String id : ids) {
            RuleDef def = rules.get(id);
            if (def == null) throw new EvalException(at + ": no rule " + id + " in the rules");
            if (strength != null && strength != def.isStrength()) {
                throw new EvalException(at + ": mixes strength and violation rules");
            }
            strength = def.isStrength();
            if (family == null) family = def.category();
        }
        return new Behaviour(name, ids, level, strength, family);
    }

    /** The behaviour a label names: a mapped name, or a rule id standing for itself. */
    public Optional<Behaviour> find(String name, Map<String, RuleDef> rules) {
        Behaviour b = byName.get(name);
        if (b != null) return Optional.of(b);
        Behaviour viaRule = byRule.get(name);
        if (viaRule != null) return Optional.of(viaRule);
        RuleDef def = rules.get(name);
        return def == null
                ? Optional.empty()
                : Optional.of(new Behaviour(name, List.of(name), Level.TURN, def.isStrength(), def.category()));
    }

    public Collection<Behaviour> behaviours() {
        return byName.values();
    }
}
