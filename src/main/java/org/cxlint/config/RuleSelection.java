package org.cxlint.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cxlint.rules.RuleDef;
import org.cxlint.rules.Severity;

/**
 * Which loaded rules run, and with which severity. Severity overrides come first; then {@code select}
 * (default: every rule) and {@code ignore} (which wins) pick rules by id, category or severity (the
 * overridden one). Rules that do not run are switched off before scoring: they cost no points and
 * leave no finding, and a category left without rules is left out of the score.
 *
 * @param off        ids of the loaded rules that do not run
 * @param severities rule id to its new severity
 */
public record RuleSelection(Set<String> off, Map<String, Severity> severities) {
    public static final RuleSelection ALL = new RuleSelection(Set.of(), Map.of());

    public RuleSelection {
        off = Set.copyOf(off);
        severities = Map.copyOf(severities);
    }

    public boolean isAll() {
        return off.isEmpty() && severities.isEmpty();
    }

    /**
     * A list of selectors and where it came from: a file (entries carry their lines) or an option.
     *
     * @param origin the file, or the option name ({@code --select})
     * @param key    the file's key ({@code select}); ignored for options
     */
    public record Selectors(String origin, String key, LocatedList list) {
        String where(Located l) {
            return l.line() > 0 ? origin + ":" + l.line() + ": " + key : origin;
        }
    }

    /**
     * @param select   null: every rule
     * @param ignore   null: none
     * @param severity rule id (any case) to its override, from {@code severityOrigin}
     */
    public static RuleSelection resolve(
            Map<String, RuleDef> rules,
            Selectors select,
            Selectors ignore,
            Map<String, SeverityOverride> severity,
            String severityOrigin) {
        Map<String, Severity> overrides = new LinkedHashMap<>();
        for (var e : severity.entrySet()) {
            String id = e.getKey().trim().toUpperCase(Locale.ROOT);
            RuleDef def = rules.get(id);
            String where = severityOrigin
                    + (e.getValue().line() > 0 ? ":" + e.getValue().line() : "") + ": severity";
            if (def == null)
                throw new ConfigException(where + ": no rule \"" + e.getKey() + "\" (see `cxlint rules list`)");
            if (def.isStrength()) {
                throw new ConfigException(where + ": " + id + " is a strength; only a fault's severity can be changed");
            }
            overrides.put(id, e.getValue().severity());
        }
        Set<String> on = new TreeSet<>();
        if (select == null) on.addAll(rules.keySet());
        else for (Located l : select.list().items()) on.addAll(matching(rules, overrides, l, select.where(l)));
        if (ignore != null)
            for (Located l : ignore.list().items()) on.removeAll(matching(rules, overrides, l, ignore.where(l)));
        if (on.isEmpty()) {
            String from = select != null ? select.origin() : ignore != null ? ignore.origin() : severityOrigin;
            throw new ConfigException(from + ": select and ignore leave no rule to run");
        }
        Set<String> off = new TreeSet<>(rules.keySet());
        off.removeAll(on);
        return new RuleSelection(off, overrides);
    }

    /** The rules one selector names: a rule id, a category or a severity, in any case. */
    private static Set<String> matching(
            Map<String, RuleDef> rules, Map<String, Severity> overrides, Located l, String where) {
        String s = l.value().trim();
        Set<String> out = new TreeSet<>();
        Severity severity = null;
        for (Severity v : Severity.values()) if (v.label().equalsIgnoreCase(s)) severity = v;
        for (RuleDef r : rules.values()) {
            Severity effective = overrides.getOrDefault(r.id(), r.severity());
            if (r.id().equalsIgnoreCase(s) || r.category().equalsIgnoreCase(s) || effective == severity)
                out.add(r.id());
        }
        if (out.isEmpty() && severity == null) {
            throw new ConfigException(where + ": \"" + s + "\" is no rule id, category or severity of the loaded rules "
                    + "(see `cxlint rules list`)");
        }
        return out;
    }
}
