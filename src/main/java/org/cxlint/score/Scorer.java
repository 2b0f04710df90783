package org.cxlint.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.cxlint.rules.RuleDef;

/**
 * Pure arithmetic from findings to a score; every point lost or earned is traced to a finding. A
 * category starts at 100, loses the points of its faults, earns back the points of its strengths
 * (never above 100), and is N/A when none of its rules applied. The overall score starts at 100 and
 * loses each category's shortfall times the category's weight, so three serious faults fail a call
 * however many categories were clean (a weighted mean would dilute them).
 */
public final class Scorer {
    private final Scorecard card;
    private final Collection<RuleDef> loaded;
    /** The loaded rules of each category, by category id. */
    private final java.util.Map<String, List<RuleDef>> byCategory = new java.util.HashMap<>();

    /** @param loaded the rules in force: a category none of them feeds is left out */
    public Scorer(Scorecard card, Collection<RuleDef> loaded) {
        this.card = card;
        this.loaded = List.copyOf(loaded);
        for (RuleDef r : this.loaded)
            byCategory.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r);
    }

    public Scorecard card() {
        return card;
    }

    public double points(RuleDef rule) {
        return card.pointsFor(rule);
    }

    /** @param contexts the contexts that arose in this transcript */
    public Score score(List<RuleDef> fired, Set<String> contexts) {
        Set<String> notApplicable = new java.util.TreeSet<>();
        for (RuleDef r : loaded)
            if (r.appliesWhen() != null && !contexts.contains(r.appliesWhen())) notApplicable.add(r.id());
        return scoreKnowing(fired, notApplicable);
    }

    /** @param notApplicable the rules whose context never arose, as an earlier scoring of the same transcript found */
    public Score scoreKnowing(List<RuleDef> fired, Set<String> notApplicableIds) {
        List<String> criticalRules = fired.stream()
                .filter(r -> !r.isStrength() && card.isCritical(r))
                .map(RuleDef::id)
                .distinct()
                .sorted()
                .toList();
        boolean critical = !criticalRules.isEmpty();
        List<String> notApplicable = notApplicableIds.stream().sorted().toList();
        List<Score.CategoryScore> cats = new ArrayList<>();
        double shortfall = 0;
        for (Scorecard.Category c : card.categories()) {
            List<RuleDef> rules = byCategory.getOrDefault(c.id(), List.of());
            if (rules.isEmpty()) continue;
            int faults = 0;
            int strengths = 0;
            double lost = 0;
            double earned = 0;
            for (RuleDef r : fired) {
                if (!r.category().equals(c.id())) continue;
                if (r.isStrength()) {
                    strengths++;
                    earned += card.pointsFor(r);
                } else {
                    faults++;
                    lost += card.pointsFor(r);
                }
            }
            boolean applies = faults + strengths > 0;
            for (int i = 0; i < rules.size() && !applies; i++)
                applies = !notApplicableIds.contains(rules.get(i).id());
            if (!applies) {
                // shortfall scoring: an N/A category costs nothing either way; "pass" only shows it as 100
                Double shown = Scorecard.NA_PASS.equals(card.notApplicable()) ? 100.0 : null;
                cats.add(new Score.CategoryScore(c.id(), c.name(), c.weight(), shown, 0, 0));
                continue;
            }
            double s = round(Math.max(0, Math.min(100, 100 - lost + earned)));
            double costs = c.weight() * (100 - s);
            cats.add(new Score.CategoryScore(
                    c.id(), c.name(), c.weight(), s, faults, strengths, round2(lost), round2(earned), round2(costs)));
            shortfall += costs;
        }
        double overall = critical ? 0 : round(Math.max(0, 100 - shortfall));
        return new Score(
                overall,
                !critical && overall >= card.passMark(),
                card.passMark(),
                critical,
                cats,
                notApplicable,
                criticalRules);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
