package org.cxlint.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cxlint.model.Metadata;
import org.cxlint.rules.Severity;

/**
 * The QA lead's view of a batch: per agent and per team, the mean score, pass rate, score distribution,
 * most frequent findings and the trend by date and ISO week. Fed one report at a time; memory grows with
 * the number of agents, teams, rules and dates, never with the number of transcripts.
 */
public final class Breakdown {
    public static final String SCHEMA = "cxlint.summary/1";
    /** The default score bands' lower bounds (the rules' settings.yaml, {@code summary.scoreBands}): 0-49 ... 90-100. */
    public static final List<Integer> BANDS = org.cxlint.rules.RuleSettings.Values.SCORE_BANDS;
    static final int TOP = 5;
    static final String NONE = "(none)";

    /** Each band's lower bound; a band runs to the next one's bound less one, the last to 100. */
    private final int[] floors;
    private final Group all;
    private final Map<String, Group> agents = new TreeMap<>();
    private final Map<String, Group> teams = new TreeMap<>();

    public Breakdown() {
        this(BANDS);
    }

    /** @param bandFloors the lower bound of each score band, from 0, increasing, at most 100 */
    public Breakdown(List<Integer> bandFloors) {
        floors = bandFloors.stream().mapToInt(Integer::intValue).toArray();
        if (floors.length == 0 || floors[0] != 0) throw new IllegalArgumentException("score bands start at 0: " + bandFloors);
        all = new Group(floors);
    }

    public void add(Report r) {
        Metadata m = r.transcript().metadata();
        String day = isoDate(m == null ? null : m.date());
        all.add(r, day);
        agents.computeIfAbsent(m == null || m.agent() == null ? NONE : m.agent(), k -> new Group(floors)).add(r, day);
        teams.computeIfAbsent(m == null || m.team() == null ? NONE : m.team(), k -> new Group(floors)).add(r, day);
    }

    public int transcripts() {
        return all.count;
    }

    /** Whether the batch spans more than one agent or team, so a per-agent view says something. */
    public boolean hasGroups() {
        return agents.size() > 1 || teams.size() > 1;
    }

    public View view() {
        return new View(SCHEMA, all.view("all"), views(agents), views(teams));
    }

    private static List<GroupView> views(Map<String, Group> groups) {
        List<GroupView> out = new ArrayList<>();
        groups.forEach((name, g) -> out.add(g.view(name)));
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
        return String.format(java.util.Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The summary file's shape ({@code --summary FILE}), documented in README. */
    @JsonPropertyOrder({"schema", "overall", "agents", "teams"})
    public record View(String schema, GroupView overall, List<GroupView> agents, List<GroupView> teams) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "transcripts", "meanScore", "passed", "failed", "passRate", "criticalFailures", "findings",
            "strengths", "distribution", "topFindings", "topStrengths", "byDate", "byWeek"})
    public record GroupView(String name, int transcripts, Double meanScore, int passed, int failed, Double passRate,
                            int criticalFailures, int findings, int strengths, Map<String, Integer> distribution,
                            List<RuleCount> topFindings, List<RuleCount> topStrengths, List<Trend> byDate, List<Trend> byWeek) {}

    public record RuleCount(String rule, int count) {}

    public record Trend(String period, int transcripts, double meanScore) {}

    private static final class Group {
        int count, passed, critical, findings, strengthCount;
        double sum;
        final int[] floors;
        final int[] buckets;
        final Map<String, Integer> faults = new HashMap<>();
        final Map<String, Integer> strengths = new HashMap<>();
        final Map<String, double[]> days = new TreeMap<>();
        final Map<String, double[]> weeks = new TreeMap<>();

        Group(int[] floors) {
            this.floors = floors;
            this.buckets = new int[floors.length];
        }

        /** The band of a score: the last whose lower bound it reaches. */
        private int band(double score) {
            int b = 0;
            while (b + 1 < floors.length && score >= floors[b + 1]) b++;
            return b;
        }

        void add(Report r, String day) {
            double s = r.score().overall();
            count++;
            sum += s;
            if (r.score().pass()) passed++;
            if (r.score().criticalFailure()) critical++;
            buckets[band(s)]++;
            for (Report.Item f : r.findings()) {
                if (!f.counts()) continue;
                (f.severity() == Severity.STRENGTH ? strengths : faults).merge(f.rule(), 1, Integer::sum);
                if (f.severity() == Severity.STRENGTH) strengthCount++;
                else findings++;
            }
            if (day != null) {
                tally(days, day, s);
                tally(weeks, isoWeek(day), s);
            }
        }

        private static void tally(Map<String, double[]> m, String key, double s) {
            double[] a = m.computeIfAbsent(key, k -> new double[2]);
            a[0]++;
            a[1] += s;
        }

        GroupView view(String name) {
            Map<String, Integer> dist = new java.util.LinkedHashMap<>();
            for (int i = 0; i < buckets.length; i++) dist.put(floors[i] + "-" + (i + 1 < floors.length ? floors[i + 1] - 1 : 100), buckets[i]);
            return new GroupView(name, count, count == 0 ? null : round(sum / count), passed, count - passed,
                    count == 0 ? null : round(100.0 * passed / count), critical, findings, strengthCount, dist, top(faults), top(strengths),
                    trend(days), trend(weeks));
        }

        private static List<RuleCount> top(Map<String, Integer> m) {
            return m.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP).map(e -> new RuleCount(e.getKey(), e.getValue())).toList();
        }

        private static List<Trend> trend(Map<String, double[]> m) {
            if (m.isEmpty()) return null;
            List<Trend> out = new ArrayList<>();
            m.forEach((k, a) -> out.add(new Trend(k, (int) a[0], round(a[1] / a[0]))));
            return out;
        }
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
