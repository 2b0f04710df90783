package org.cxlint.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cxlint.model.Metadata;

/**
 * The QA lead's view of a batch: per agent and per team, the mean score, pass rate, score distribution,
 * most frequent findings and the trend by date and ISO week. Fed one report at a time; memory grows with
 * the number of agents, teams, rules and dates, never with the number of transcripts.
 */
public final class Breakdown {
    public static final String SCHEMA = "cxlint.summary/1";

    static final String NONE = "(none)";

    private final List<Integer> bands;
    private final GroupTally all;
    private final Map<String, GroupTally> agents = new TreeMap<>();
    private final Map<String, GroupTally> teams = new TreeMap<>();

    public Breakdown() {
        this(GroupTally.BANDS);
    }

    /** @param bandFloors the lower bound of each score band, from 0, increasing, at most 100 */
    public Breakdown(List<Integer> bandFloors) {
        bands = List.copyOf(bandFloors);
        all = new GroupTally(bands);
    }

    public void add(Report r) {
        Metadata m = r.transcript().metadata();
        all.add(r);
        agents.computeIfAbsent(m == null || m.agent() == null ? NONE : m.agent(), k -> new GroupTally(bands))
                .add(r);
        teams.computeIfAbsent(m == null || m.team() == null ? NONE : m.team(), k -> new GroupTally(bands))
                .add(r);
    }

    public int transcripts() {
        return all.transcripts();
    }

    /** Whether the batch spans more than one agent or team, so a per-agent view says something. */
    public boolean hasGroups() {
        return agents.size() > 1 || teams.size() > 1;
    }

    public View view() {
        return new View(SCHEMA, all.view("all"), views(agents), views(teams));
    }

    private static List<GroupView> views(Map<String, GroupTally> groups) {
        List<GroupView> out = new ArrayList<>();
        groups.forEach((name, g) -> out.add(g.view(name)));
        return out;
    }

    /** The summary file's shape ({@code --summary FILE}), documented in README. */
    @JsonPropertyOrder({"schema", "overall", "agents", "teams"})
    public record View(String schema, GroupView overall, List<GroupView> agents, List<GroupView> teams) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "name",
        "transcripts",
        "meanScore",
        "passed",
        "failed",
        "passRate",
        "criticalFailures",
        "findings",
        "strengths",
        "distribution",
        "topFindings",
        "topStrengths",
        "byDate",
        "byWeek"
    })
    public record GroupView(
            String name,
            int transcripts,
            Double meanScore,
            int passed,
            int failed,
            Double passRate,
            int criticalFailures,
            int findings,
            int strengths,
            Map<String, Integer> distribution,
            List<RuleCount> topFindings,
            List<RuleCount> topStrengths,
            List<Trend> byDate,
            List<Trend> byWeek) {}

    public record RuleCount(String rule, int count) {}

    public record Trend(String period, int transcripts, double meanScore) {}
}
