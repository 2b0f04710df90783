package org.cxlint.serve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An agent's calls by ISO week (Monday first): mean score, pass rate and the most frequent faults; dates as ISO text. */
record Trend(String agent, String from, String to, int calls, List<Week> weeks, List<RuleCount> topFindings) {
    static final int TOP = 5;

    record Week(String week, int calls, double meanScore, double passRate, List<RuleCount> topFindings) {}

    record RuleCount(String rule, int count) {}

    static Trend of(String agent, LocalDate from, LocalDate to, List<Store.Scored> calls) {
        Map<LocalDate, List<Store.Scored>> byWeek = new TreeMap<>();
        for (Store.Scored s : calls) {
            byWeek.computeIfAbsent(
                            s.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), k -> new ArrayList<>())
                    .add(s);
        }
        List<Week> weeks = new ArrayList<>();
        byWeek.forEach((week, list) -> weeks.add(new Week(
                week.toString(),
                list.size(),
                round(list.stream().mapToDouble(Store.Scored::score).average().orElse(0), 10),
                round(list.stream().filter(Store.Scored::passed).count() / (double) list.size(), 1000),
                top(list))));
        return new Trend(agent, from.toString(), to.toString(), calls.size(), weeks, top(calls));
    }

    /** Rules by how many calls they fired in (not how often), most first, ties by rule id. */
    private static List<RuleCount> top(List<Store.Scored> calls) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Store.Scored s : calls) {
            for (String r : new java.util.TreeSet<>(s.faults())) counts.merge(r, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .map(e -> new RuleCount(e.getKey(), e.getValue()))
                .toList();
    }

    private static double round(double v, int by) {
        return Math.round(v * by) / (double) by;
    }
}
