package org.cxlint.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.cxlint.score.Score;

/**
 * One rule a coach should raise first: its faults that count, what they took off the overall score, and the
 * rewrites for them.
 *
 * <p>{@code costs} shares each category's cost ({@link Score.CategoryScore#costs}) among the faults in it in
 * proportion to their points, so the costs of every rule in a category add up to what the category took
 * off the score (strengths earned back and the 0 floor shrink every share alike). A critical rule costs the
 * whole score. {@code findings} are 1-based positions in the report's {@code findings}.
 */
public record WorkOn(
        String rule,
        String category,
        String severity,
        int count,
        double costs,
        boolean critical,
        String message,
        List<Integer> findings,
        List<String> suggestions) {
    /** How many rules the list holds at most: a coach raises a few things, not twenty. */
    public static final int TOP = 3;

    static List<WorkOn> of(Report r) {
        Score s = r.score();
        Map<String, Score.CategoryScore> cats = new LinkedHashMap<>();
        for (Score.CategoryScore c : s.categories()) cats.put(c.id(), c);
        Map<String, List<Integer>> byRule = new LinkedHashMap<>();
        List<Report.Item> items = r.findings();
        for (int i = 0; i < items.size(); i++) {
            Report.Item f = items.get(i);
            if (f.isStrength() || !f.counts()) continue;
            byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(i);
        }
        List<WorkOn> out = new ArrayList<>();
        byRule.forEach((rule, at) -> {
            Report.Item first = items.get(at.get(0));
            boolean critical = s.criticalRules().contains(rule);
            double costs = 0;
            Score.CategoryScore c = cats.get(first.category());
            if (c != null && c.lost() > 0) {
                for (int i : at) costs += c.costs() * items.get(i).points() / c.lost();
            }
            LinkedHashSet<String> rewrites = new LinkedHashSet<>();
            for (int i : at)
                if (items.get(i).suggestion() != null) rewrites.add(items.get(i).suggestion());
            if (!critical && costs <= 0) return;
            out.add(new WorkOn(
                    rule,
                    first.category(),
                    first.severity().label(),
                    at.size(),
                    Math.round(costs * 100) / 100.0,
                    critical,
                    first.message(),
                    at.stream().map(i -> i + 1).toList(),
                    List.copyOf(rewrites)));
        });
        out.sort(Comparator.comparing(WorkOn::critical)
                .reversed()
                .thenComparing(Comparator.comparingDouble(WorkOn::costs).reversed())
                .thenComparing(w -> w.findings().get(0)));
        return out.size() > TOP ? List.copyOf(out.subList(0, TOP)) : List.copyOf(out);
    }
}
