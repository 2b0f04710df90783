package org.cxlint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.drools.template.ObjectDataCompiler;

/**
 * The DRL of the rules that say when they fire with a {@link Match}: one Drools rule template
 * (match-rule.drt), filled per rule by Drools' own template compiler, so every such rule has the same shape
 * and there is still one engine.
 */
public final class MatchRules {
    /** The source name the generated DRL carries in compile errors and in {@code rules explain --drl}. */
    public static final String SOURCE = "(generated from match:).drl";

    private static final String TEMPLATE = "match-rule.drt";

    private MatchRules() {}

    /** The DRL of every rule with a match, in rule id order; empty when none has one. */
    public static String drl(Iterable<RuleDef> rules) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RuleDef r : rules) {
            if (r.match() != null) rows.add(row(r));
        }
        if (rows.isEmpty()) return "";
        try (InputStream template = MatchRules.class.getResourceAsStream(TEMPLATE)) {
            if (template == null) throw new RulesException("the match rule template is missing from the classpath");
            return tidy(new ObjectDataCompiler().compile(rows, template));
        } catch (IOException e) {
            throw new RulesException("cannot read the match rule template: " + e.getMessage(), e);
        }
    }

    /** One rule's generated DRL, for people reading it. */
    public static String drl(RuleDef rule) {
        return drl(List.of(rule));
    }

    /** The lines a rule's match left out leave gaps; closed up so the generated DRL reads like hand-written. */
    private static String tidy(String drl) {
        return drl.replaceAll("\\n[ \\t]*(?=\\n)", "")
                        .replaceAll("\\n[ \\t]+\\)", ")")
                        .replaceFirst("\nimport", "\n\nimport")
                        .replace("\nrule \"", "\n\nrule \"")
                        .strip()
                + "\n";
    }

    private static Map<String, Object> row(RuleDef r) {
        Match m = r.match();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("phrase", m.phraseFor(r.id()));
        // the hand-written rules' own constraint for the agent, so the two share Drools' alpha nodes
        row.put(
                "speaker",
                m.speaker().equals("agent")
                        ? "agent == true"
                        : "speaker == Speaker." + m.speaker().toUpperCase(Locale.ROOT));
        row.put("flags", flags(m.counts()));
        // null leaves the template's line out
        row.put("firstAgentTurn", m.firstAgentTurn() ? 0 : null);
        row.put(
                "unless",
                m.unlessInTurn().isEmpty()
                        ? null
                        : String.join(
                                ", ",
                                m.unlessInTurn().stream()
                                        .map(p -> "\"" + p + "\"")
                                        .toList()));
        row.put("once", m.oncePerTurn() ? m.phraseFor(r.id()) : null);
        row.put("onceId", m.oncePerTurn() ? r.id() : null);
        return row;
    }

    /** The constraints for the flags that do not count; a plain statement when none is named. */
    private static String flags(List<String> counts) {
        if (counts.isEmpty()) return ", plain == true";
        StringBuilder s = new StringBuilder();
        for (String flag : List.of("negated", "quoted", "hypothetical")) {
            if (!counts.contains(flag)) s.append(", ").append(flag).append(" == false");
        }
        return s.toString();
    }
}
