package org.cxlint.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cxlint.rules.RuleDef;

/** Pure arithmetic from findings to a score; every point lost is traced to a finding. */
public final class Scorer {
    private final Scorecard card;
    private final Set<String> activeCategories;

    /** @param loaded the rules in force: a category none of them feeds is not applicable and left out */
    public Scorer(Scorecard card, java.util.Collection<RuleDef> loaded) {
        this.card = card;
        this.activeCategories = loaded.stream().map(RuleDef::category).collect(Collectors.toSet());
    }

    public double points(RuleDef rule) {
        return card.pointsFor(rule);
    }

    public Score score(List<RuleDef> firedRules) {
        boolean critical = firedRules.stream().anyMatch(card::isCritical);
        List<Score.CategoryScore> cats = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (Scorecard.Category c : card.categories()) {
            if (!activeCategories.contains(c.id())) continue;
            List<RuleDef> here = firedRules.stream().filter(r -> r.category().equals(c.id())).toList();
            double lost = here.stream().mapToDouble(card::pointsFor).sum();
            double s = round(Math.max(0, 100 - lost));
            cats.add(new Score.CategoryScore(c.id(), c.name(), c.weight(), s, here.size()));
            weighted += c.weight() * s;
            weights += c.weight();
        }
        double overall = critical ? 0 : weights == 0 ? 100 : round(weighted / weights);
        return new Score(overall, !critical && overall >= card.passMark(), card.passMark(), critical, cats);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
