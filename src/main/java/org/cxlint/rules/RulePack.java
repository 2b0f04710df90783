package org.cxlint.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.facts.PatternException;
import org.cxlint.facts.Phrase;
import org.cxlint.facts.TokenPattern;

/** The phrases and rule metadata of all YAML packs in a rules directory, checked for duplicates. */
public record RulePack(List<Phrase> phrases, Map<String, RuleDef> rules) {
    static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @param classes word classes: a name and its one-word alternatives ({@code @lemma}, {@code word},
     *                {@code prefix*}); any pack's pattern writes {@code $name} for "any of them"
     */
    record PackDoc(Map<String, List<String>> classes, List<PhraseDoc> phrases, List<RuleDef> rules) {}

    record PhraseDoc(String id, List<String> patterns, List<String> except) {}

    public static RulePack parse(RuleFiles files) {
        List<Phrase> phrases = new ArrayList<>();
        Map<String, String> phraseFile = new LinkedHashMap<>();
        Map<String, RuleDef> rules = new LinkedHashMap<>();
        Map<String, PackDoc> docs = new LinkedHashMap<>();
        Map<String, String> ownPhrases = new LinkedHashMap<>();
        for (var e : files.packs().entrySet()) {
            docs.put(e.getKey(), readYaml(files.where(e.getKey()), e.getValue(), PackDoc.class));
        }
        WordClasses classes = WordClasses.collect(files, docs);
        for (var e : docs.entrySet()) {
            String file = e.getKey();
            PackDoc doc = e.getValue();
            if (doc == null) continue;
            for (PhraseDoc p : doc.phrases() == null ? List.<PhraseDoc>of() : doc.phrases()) {
                String where = files.where(file) + ": phrase " + p.id();
                if (p.id() == null || p.patterns() == null || p.patterns().isEmpty()) {
                    throw new RulesException(where + ": needs an id and at least one pattern");
                }
                String prev = phraseFile.putIfAbsent(p.id(), file);
                if (prev != null) throw new RulesException(where + ": also defined in " + prev);
                phrases.add(phrase(where, classes, p.id(), p.patterns(), p.except()));
            }
            for (RuleDef r : doc.rules() == null ? List.<RuleDef>of() : doc.rules()) {
                String where = files.where(file) + ": rule " + r.id();
                if (r.id() == null
                        || r.principle() == null
                        || r.category() == null
                        || r.severity() == null
                        || r.message() == null) {
                    throw new RulesException(where + ": needs id, principle, category, severity and message");
                }
                if (rules.putIfAbsent(r.id(), r) != null) throw new RulesException(where + ": duplicate rule id");
                for (RuleDef.Choice c : r.rewrites()) {
                    if (c.when() == null || c.rewrite() == null)
                        throw new RulesException(where + ": each of rewrites needs when and rewrite");
                }
                if (!r.rewrites().isEmpty() && r.rewrite() == null)
                    throw new RulesException(where + ": rewrites need a rewrite for the other cases");
                if (r.match() != null) {
                    String problem = r.match().problem();
                    if (problem != null) throw new RulesException(where + ": " + problem);
                    if (r.match().ownPatterns()) ownPhrases.put(r.id(), file);
                }
            }
        }
        // a rule's own patterns become a phrase named after the rule, compiled like any other
        for (var e : ownPhrases.entrySet()) {
            RuleDef r = rules.get(e.getKey());
            String where = files.where(e.getValue()) + ": rule " + r.id();
            String prev = phraseFile.putIfAbsent(r.id(), e.getValue());
            if (prev != null) throw new RulesException(where + ": a phrase of that name is also defined in " + prev);
            phrases.add(phrase(
                    where, classes, r.id(), r.match().patterns(), r.match().except()));
        }
        for (RuleDef r : rules.values()) {
            if (r.match() == null) continue;
            List<String> named = new ArrayList<>(r.match().unlessInTurn());
            if (!r.match().ownPatterns()) named.add(r.match().phrase());
            for (String id : named) {
                if (!phraseFile.containsKey(id)) {
                    throw new RulesException(files.label() + ": rule " + r.id() + ": match names phrase " + id
                            + ", which no pack defines");
                }
            }
        }
        return new RulePack(
                List.copyOf(phrases), java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules)));
    }

    /** A phrase compiled, its word classes expanded; a bad pattern is named by {@code where}. */
    private static Phrase phrase(
            String where, WordClasses classes, String id, List<String> patterns, List<String> except) {
        try {
            return new Phrase(id, compile(classes.expand(patterns)), compile(classes.expand(except)));
        } catch (PatternException ex) {
            throw new RulesException(where + ": " + ex.getMessage());
        }
    }

    private static List<TokenPattern> compile(List<String> sources) {
        return sources == null
                ? List.of()
                : sources.stream().map(TokenPattern::compile).toList();
    }

    public static <T> T readYaml(String where, String text, Class<T> type) {
        try {
            return YAML.readValue(text, type);
        } catch (JsonProcessingException ex) {
            var loc = ex.getLocation();
            throw new RulesException(
                    where + (loc == null ? "" : ":" + loc.getLineNr()) + ": " + ex.getOriginalMessage());
        }
    }
}
