package org.cxlint.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import org.cxlint.rules.RuleDef;
import org.cxlint.rules.RulesException;
import org.cxlint.rules.Severity;

/**
 * How findings become a score, as a QA lead writes it in {@code scorecard.yaml}: categories and
 * their weights, points a finding costs by severity (or per rule), which rules fail a call outright,
 * and the pass mark.
 */
public record Scorecard(
        int version,
        double passMark,
        Map<Severity, Double> points,
        List<Category> categories,
        Map<String, RuleOverride> rules,
        String notApplicable) {
    /** {@code notApplicable: skip}: a category none of whose rules applied is N/A and left out (the default). */
    public static final String NA_SKIP = "skip";
    /** {@code notApplicable: pass}: such a category is shown as 100 instead. */
    public static final String NA_PASS = "pass";

    public record Category(String id, String name, double weight) {}

    public record RuleOverride(Double points, Boolean critical) {}

    public Scorecard {
        points = points == null ? Map.of() : Map.copyOf(points);
        categories = categories == null ? List.of() : List.copyOf(categories);
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        notApplicable = notApplicable == null ? NA_SKIP : notApplicable;
    }

    public static Scorecard parse(String where, String yaml) {
        try {
            Scorecard s = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(yaml, Scorecard.class);
            if (s == null || s.categories().isEmpty()) throw new RulesException(where + ": no categories");
            for (Category c : s.categories()) {
                if (c.id() == null || c.weight() < 0)
                    throw new RulesException(where + ": category needs an id and a weight >= 0");
            }
            if (!s.notApplicable().equals(NA_SKIP) && !s.notApplicable().equals(NA_PASS)) {
                throw new RulesException(
                        where + ": notApplicable must be skip or pass, not \"" + s.notApplicable() + "\"");
            }
            if (s.passMark() < 0 || s.passMark() > 100)
                throw new RulesException(where + ": passMark must be between 0 and 100");
            return s;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new RulesException(
                    where + (loc == null ? "" : ":" + loc.getLineNr()) + ": " + e.getOriginalMessage());
        }
    }

    /** The same scorecard with another pass mark (a project's configuration). */
    public Scorecard withPassMark(double mark) {
        return new Scorecard(version, mark, points, categories, rules, notApplicable);
    }

    public double pointsFor(RuleDef rule) {
        RuleOverride o = rules.get(rule.id());
        if (o != null && o.points() != null) return o.points();
        return points.getOrDefault(rule.severity(), 0.0);
    }

    public boolean isCritical(RuleDef rule) {
        RuleOverride o = rules.get(rule.id());
        if (o != null && o.critical() != null) return o.critical();
        return rule.severity() == Severity.CRITICAL;
    }

    /** Every rule's category must be one the scorecard weighs, or its points would vanish. */
    public void checkCovers(String where, Iterable<RuleDef> defs) {
        for (RuleDef d : defs) {
            if (categories.stream().noneMatch(c -> c.id().equals(d.category()))) {
                throw new RulesException(where + ": rule " + d.id() + " has category \"" + d.category()
                        + "\", which the scorecard does not list");
            }
        }
    }
}
