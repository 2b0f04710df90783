package org.cxlint.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxlint.model.Roles;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;

/**
 * Decides who is the agent, in this order: the {@code --agent} labels when one of them occurs in the
 * transcript (this also fixes sources whose roles are swapped); the roles the source names; inference
 * from what speakers say ({@link RoleInference}). Every path records itself in {@link Roles}.
 */
public final class RoleResolver {
    private final Set<String> agentOption;
    private final RoleInference inference;

    /** @param agentLabels the {@code --agent} values, matched to speaker labels ignoring case */
    public RoleResolver(List<String> agentLabels) {
        this(agentLabels, RoleCues.DEFAULTS);
    }

    /** @param cues the rules folder's role cues (settings.yaml), for inference */
    public RoleResolver(List<String> agentLabels, RoleCues cues) {
        Set<String> s = new LinkedHashSet<>();
        for (String a : agentLabels) if (a != null && !a.isBlank()) s.add(norm(a));
        this.agentOption = s;
        this.inference = cues.equals(RoleCues.DEFAULTS) ? RoleInference.DEFAULT : new RoleInference(cues);
    }

    public static final RoleResolver NONE = new RoleResolver(List.of());

    public Transcript resolve(Transcript t) {
        List<String> labels = labels(t, null);
        List<String> matched =
                labels.stream().filter(l -> agentOption.contains(norm(l))).toList();
        if (!matched.isEmpty()) {
            List<Turn> turns = new ArrayList<>();
            for (Turn turn : t.turns()) {
                if (turn.label() == null || turn.speaker() == Speaker.BOT) turns.add(turn);
                else turns.add(turn.withSpeaker(matched.contains(turn.label()) ? Speaker.AGENT : Speaker.CUSTOMER));
            }
            return t.withTurns(
                    turns,
                    new Roles(
                            Roles.OPTION,
                            1.0,
                            matched,
                            List.of("--agent " + String.join(",", matched)
                                    + "; other speakers taken as the customer")));
        }
        List<String> unknown = labels(t, Speaker.UNKNOWN);
        String unmatched = agentOption.isEmpty()
                ? null
                : "--agent " + String.join(",", agentOption) + " matched no speaker (speakers: "
                        + String.join(", ", labels) + ")";
        if (unknown.isEmpty()) {
            return unmatched == null
                    ? t
                    : t.withTurns(t.turns(), new Roles(Roles.SOURCE, 1.0, List.of(), List.of(unmatched)));
        }
        boolean hasAgent = t.turns().stream().anyMatch(x -> x.speaker() == Speaker.AGENT);
        boolean hasCustomer = t.turns().stream().anyMatch(x -> x.speaker() == Speaker.CUSTOMER);
        if (hasAgent != hasCustomer) {
            // one role is named by the source: the unnamed speakers are the other side
            Speaker other = hasAgent ? Speaker.CUSTOMER : Speaker.AGENT;
            List<Turn> turns = t.turns().stream()
                    .map(x -> x.speaker() == Speaker.UNKNOWN && x.label() != null ? x.withSpeaker(other) : x)
                    .toList();
            List<String> evidence = new ArrayList<>();
            evidence.add(String.join(", ", unknown) + " taken as the " + other.label() + ": the file names only the "
                    + (hasAgent ? "agent" : "customer"));
            if (unmatched != null) evidence.add(unmatched);
            return t.withTurns(turns, new Roles(Roles.INFERRED, 0.8, hasAgent ? List.of() : unknown, evidence));
        }
        RoleInference.Guess g = inference.infer(t, unknown);
        List<Turn> turns = t.turns().stream()
                .map(x -> x.speaker() == Speaker.UNKNOWN && x.label() != null
                        ? x.withSpeaker(g.agents().contains(x.label()) ? Speaker.AGENT : Speaker.CUSTOMER)
                        : x)
                .toList();
        List<String> evidence = new ArrayList<>(g.evidence());
        if (unmatched != null) evidence.add(0, unmatched);
        return t.withTurns(turns, new Roles(Roles.INFERRED, g.confidence(), g.agents(), evidence));
    }

    /** Distinct labels in order of appearance, of turns with the given speaker (any when null). */
    private static List<String> labels(Transcript t, Speaker only) {
        Set<String> out = new LinkedHashSet<>();
        for (Turn turn : t.turns()) {
            if (turn.label() != null && (only == null || turn.speaker() == only)) out.add(turn.label());
        }
        return new ArrayList<>(out);
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
