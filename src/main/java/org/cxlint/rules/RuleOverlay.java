package org.cxlint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules folders laid over the bundled rules, as linters take a project's config on top of their defaults: a
 * rule, phrase or word class with the id of a bundled one replaces it (its DRL too); anything new is added; a
 * folder's scorecard.yaml, if it has one, replaces the scorecard; its settings.yaml's keys replace those keys.
 */
public final class RuleOverlay {
    private RuleOverlay() {}

    /**
     * The rules a run uses.
     *
     * @param folders rules folders the user named, laid over the bundled rules in order
     * @param bundled false for a clean slate: the first folder is then the base and must be complete
     */
    public static RuleFiles select(List<Path> folders, boolean bundled) {
        if (!bundled && folders.isEmpty())
            throw new RulesException("--no-bundled-rules needs a rules folder (--rules DIR)");
        RuleFiles files = bundled ? RuleFiles.bundled() : RuleFiles.fromDirectory(folders.get(0));
        for (Path dir : bundled ? folders : folders.subList(1, folders.size()))
            files = over(files, RuleFiles.overlayDirectory(dir));
        return files;
    }

    /** {@code top} laid over {@code base}. */
    public static RuleFiles over(RuleFiles base, RuleFiles top) {
        Set<String> rules = new HashSet<>();
        Set<String> phrases = new HashSet<>();
        Set<String> classes = new HashSet<>();
        for (var e : top.packs().entrySet()) {
            JsonNode doc = read(top.where(e.getKey()), e.getValue());
            ids(doc.get("rules"), rules);
            ids(doc.get("phrases"), phrases);
            if (doc.get("classes") instanceof ObjectNode c) c.fieldNames().forEachRemaining(classes::add);
        }
        for (String text : top.drl().values()) DrlRules.in(text).forEach(r -> rules.add(r.name()));
        Map<String, String> packs = new LinkedHashMap<>();
        for (var e : base.packs().entrySet())
            packs.put(base.where(e.getKey()), without(base.where(e.getKey()), e.getValue(), rules, phrases, classes));
        for (var e : top.packs().entrySet()) packs.put(top.where(e.getKey()), e.getValue());
        Map<String, String> drl = new LinkedHashMap<>();
        for (var e : base.drl().entrySet()) drl.put(base.where(e.getKey()), withoutDrl(e.getValue(), rules));
        for (var e : top.drl().entrySet()) drl.put(top.where(e.getKey()), e.getValue());
        RuleSettings.parse(top.where(RuleSettings.FILE), top.settings()); // a mistake is named in its own folder
        return new RuleFiles(
                "",
                drl,
                packs,
                top.scorecard() != null ? top.scorecard() : base.scorecard(),
                RuleSettings.over(base.settings(), top.settings()));
    }

    private static JsonNode read(String where, String yaml) {
        JsonNode doc = RulePack.readYaml(where, yaml, JsonNode.class);
        return doc == null ? RulePack.YAML.createObjectNode() : doc;
    }

    private static void ids(JsonNode list, Set<String> into) {
        if (list instanceof ArrayNode a)
            a.forEach(n -> {
                if (n.hasNonNull("id")) into.add(n.get("id").asText());
            });
    }

    /** A base pack without what the top replaces; untouched (comments and all) when nothing is replaced. */
    private static String without(
            String where, String yaml, Set<String> rules, Set<String> phrases, Set<String> classes) {
        JsonNode doc = read(where, yaml);
        boolean changedRules = remove(doc.get("rules"), rules);
        boolean changed = remove(doc.get("phrases"), phrases) || changedRules;
        if (doc.get("classes") instanceof ObjectNode c) {
            for (String name : classes) changed |= c.remove(name) != null;
        }
        if (!changed) return yaml;
        try {
            return RulePack.YAML.writeValueAsString(doc);
        } catch (IOException e) {
            throw new RulesException(where + ": cannot rewrite without the replaced rules: " + e.getMessage(), e);
        }
    }

    private static boolean remove(JsonNode list, Set<String> ids) {
        boolean removed = false;
        if (list instanceof ArrayNode a) {
            for (Iterator<JsonNode> it = a.elements(); it.hasNext(); ) {
                JsonNode n = it.next();
                if (n.hasNonNull("id") && ids.contains(n.get("id").asText())) {
                    it.remove();
                    removed = true;
                }
            }
        }
        return removed;
    }

    /** Base DRL without the replaced rules, and without helpers that insert a replaced rule's finding. */
    private static String withoutDrl(String text, Set<String> rules) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (DrlRules.Rule r : DrlRules.in(text)) {
            if (rules.stream().noneMatch(r::findsFor)) continue;
            out.append(text, from, r.start());
            from = r.end();
        }
        return out.append(text, from, text.length()).toString();
    }
}
