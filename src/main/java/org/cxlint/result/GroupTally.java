package org.cxlint.result;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cxlint.model.Metadata;

/**
 * One group's totals (an agent, a team, a whole batch): the one place the per-agent summary is computed, for
 * the CLI's {@code --summary} and HTML index ({@link Breakdown}) and the Spark job's summary table, where
 * tallies made on different executors are merged with {@link #plus}. Memory grows with the number of rules
 * and dates, never with the number of transcripts. Only findings that count (not waived, not baselined) are
 * tallied.
 */
public final class GroupTally implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The default score bands' lower bounds (the rules' settings.yaml, {@code summary.scoreBands}): 0-49 ... 90-100. */
    public static final List<Integer> BANDS = org.cxlint.rules.RuleSettings.Values.SCORE_BANDS;
    /** How many rules {@code topFindings} and {@code topStrengths} name. */
    public static final int TOP = 5;

    private int count, passed, critical, findings, strengthCount;
    private double sum;
    /** Each band's lower bound; a band runs to the next one's bound less one, the last to 100. */
    private final int[] floors;

    private final int[] buckets;
    private final HashMap<String, Integer> faults = new HashMap<>();
    private final HashMap<String, Integer> strengths = new HashMap<>();
    private final TreeMap<String, double[]> days = new TreeMap<>();
    private final TreeMap<String, double[]> weeks = new TreeMap<>();

    public GroupTally() {
        this(BANDS);
    }

    /** @param bandFloors the lower bound of each score band, from 0, increasing, at most 100 */
    public GroupTally(List<Integer> bandFloors) {
        floors = bandFloors.stream().mapToInt(Integer::intValue).toArray();
        if (floors.length == 0 || floors[0] != 0)
            throw new IllegalArgumentException("score bands start at 0: " + bandFloors);
        buckets = new int[floors.length];
    }

    public void add(Report r) {
        List<String> faultRules = new ArrayList<>();
        List<String> strengthRules = new ArrayList<>();
        for (Report.Item f : r.findings()) {
            if (!f.counts()) continue;
            (f.isStrength() ? strengthRules : faultRules).add(f.rule());
        }
        Metadata m = r.transcript().metadata();
        add(
                r.score().overall(),
                r.score().pass(),
                r.score().criticalFailure(),
                m == null ? null : m.date(),
                faultRules,
                strengthRules);
    }

    /**
     * One transcript from its parts (a Spark result row).
     *
     * @param date       the transcript's date or date-time, or null; one that is not ISO is left out of the trend
     * @param faultRules the rule of every fault that counts, a rule once per finding
     */
    public void add(
            double score,
            boolean pass,
            boolean criticalFailure,
            String date,
            List<String> faultRules,
            List<String> strengthRules) {
        count++;
        sum += score;
        if (pass) passed++;
        if (criticalFailure) critical++;
        buckets[band(score)]++;
        for (String rule : faultRules) faults.merge(rule, 1, Integer::sum);
        for (String rule : strengthRules) strengths.merge(rule, 1, Integer::sum);
        findings += faultRules.size();
        strengthCount += strengthRules.size();
        String day = isoDate(date);
        if (day != null) {
            tally(days, day, 1, score);
            tally(weeks, isoWeek(day), 1, score);
        }
    }

    /** The band of a score: the last whose lower bound it reaches. */
    private int band(double score) {
        int b = 0;
        while (b + 1 < floors.length && score >= floors[b + 1]) b++;
        return b;
    }

    /** Adds {@code other}'s transcripts to this tally (made with the same bands); returns this. */
    public GroupTally plus(GroupTally other) {
        if (!java.util.Arrays.equals(floors, other.floors))
            throw new IllegalArgumentException("tallies with different score bands");
        count += other.count;
        sum += other.sum;
        passed += other.passed;
        critical += other.critical;
        findings += other.findings;
        strengthCount += other.strengthCount;
        for (int i = 0; i < buckets.length; i++) buckets[i] += other.buckets[i];
        other.faults.forEach((rule, n) -> faults.merge(rule, n, Integer::sum));
        other.strengths.forEach((rule, n) -> strengths.merge(rule, n, Integer::sum));
        other.days.forEach((k, a) -> tally(days, k, a[0], a[1]));
        other.weeks.forEach((k, a) -> tally(weeks, k, a[0], a[1]));
        return this;
    }

    public int transcripts() {
        return count;
    }

    public Breakdown.GroupView view(String name) {
        Map<String, Integer> dist = new LinkedHashMap<>();
        for (int i = 0; i < buckets.length; i++)
            dist.put(floors[i] + "-" + (i + 1 < floors.length ? floors[i + 1] - 1 : 100), buckets[i]);
        return new Breakdown.GroupView(
                name,
                count,
                count == 0 ? null : round(sum / count),
                passed,
                count - passed,
                count == 0 ? null : round(100.0 * passed / count),
                critical,
                findings,
                strengthCount,
                dist,
                top(faults),
                top(strengths),
                trend(days),
                trend(weeks));
    }

    private static void tally(Map<String, double[]> m, String key, double n, double scoreSum) {
        double[] a = m.computeIfAbsent(key, k -> new double[2]);
        a[0] += n;
        a[1] += scoreSum;
    }

    private static List<Breakdown.RuleCount> top(Map<String, Integer> m) {
        return m.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new Breakdown.RuleCount(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<Breakdown.Trend> trend(Map<String, double[]> m) {
        if (m.isEmpty()) return null;
        List<Breakdown.Trend> out = new ArrayList<>();
        m.forEach((k, a) -> out.add(new Breakdown.Trend(k, (int) a[0], round(a[1] / a[0]))));
        return out;
    }

    /** yyyy-mm-dd from a date or date-time string; null when the metadata has no usable date. */
    static String isoDate(String date) {
        if (date == null || date.length() < 10) return null;
        try {
            return LocalDate.parse(date.substring(0, 10)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String isoWeek(String day) {
        LocalDate d = LocalDate.parse(day);
        return String.format(
                Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
