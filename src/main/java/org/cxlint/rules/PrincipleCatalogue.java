package org.cxlint.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The principles of the five source articles, as catalogued in seeds/principles.yaml. */
public record PrincipleCatalogue(int version, List<Article> articles, List<Principle> principles) {
    private static final String BUNDLED = "/cxlint/seeds/principles.yaml";

    public record Article(String id, String file, String title, String author, String date) {}

    public record Source(String article, String item) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Principle(
            String id,
            String family,
            String title,
            String summary,
            List<Source> sources,
            boolean checkable,
            String reason,
            List<String> signals) {
        public Principle {
            sources = sources == null ? List.of() : List.copyOf(sources);
            signals = signals == null ? List.of() : List.copyOf(signals);
        }
    }

    /** Which rules check each principle, from each rule's own {@code principle:} (sorted by principle, then rule). */
    public static Map<String, List<String>> rulesByPrinciple(Collection<RuleDef> rules) {
        Map<String, List<String>> by = new TreeMap<>();
        for (RuleDef r : rules)
            by.computeIfAbsent(r.principle(), k -> new ArrayList<>()).add(r.id());
        by.values().forEach(java.util.Collections::sort);
        return by;
    }

    public static PrincipleCatalogue parse(String where, String yaml) {
        return RulePack.readYaml(where, yaml, PrincipleCatalogue.class);
    }

    public static PrincipleCatalogue bundled() {
        try (InputStream in = PrincipleCatalogue.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new RulesException("bundled principle catalogue is missing");
            return parse("seeds/principles.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RulesException("cannot read the principle catalogue: " + e.getMessage(), e);
        }
    }

    public Optional<Principle> principle(String id) {
        return principles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
