package org.cxlint.ruletest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cxlint.Linter;
import org.cxlint.ingest.InputException;
import org.cxlint.result.Report;
import org.cxlint.rules.RuleDef;
import org.cxlint.rules.RuleExample;
import org.cxlint.rules.RulePack;
import org.cxlint.rules.RulesException;
import org.cxlint.run.Scoring;

/**
 * Runs every rule's examples, plus extra cases from {@code cases/*.yaml} beside the rules: each
 * "flag" case must flag at its mark, each "pass" case must not flag, and a fault's rewrite put in place
 * of the flagged sentence (or added to the flagged turn) must not flag again. Used by the test suite
 * and by {@code cxlint rules test}, so teams test their own rules the same way.
 */
public final class RuleTester {
    /** One check; {@code problem} is null when it passed. */
    public record Result(String rule, String name, String problem) {
        public boolean passed() {
            return problem == null;
        }
    }

    /** Extra cases for one rule, as a QA lead writes them in {@code cases/RULE-ID.yaml}. */
    record Cases(String rule, List<String> flag, List<String> pass) {}

    /** The run API's policy, as {@code cxlint score} applies it: an example is scored the way a transcript is. */
    private final Scoring scoring;

    public RuleTester(Linter linter) {
        // examples carry no waivers, so the date they would expire against never matters
        this.scoring = Scoring.plain(linter, java.time.LocalDate.EPOCH);
    }

    /** Reads {@code DIR/cases/*.yaml}, keyed by rule id; none is fine. */
    public static Map<String, RuleDef.Examples> extraCases(Path rulesDir) {
        Map<String, RuleDef.Examples> out = new TreeMap<>();
        Path dir = rulesDir.resolve("cases");
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Cases c = RulePack.readYaml(f.toString(), Files.readString(f, StandardCharsets.UTF_8), Cases.class);
                if (c == null || c.rule() == null) throw new RulesException(f + ": needs a `rule:` id");
                RuleDef.Examples prev = out.get(c.rule());
                List<String> flag = new ArrayList<>(prev == null ? List.of() : prev.flag());
                List<String> pass = new ArrayList<>(prev == null ? List.of() : prev.pass());
                if (c.flag() != null) flag.addAll(c.flag());
                if (c.pass() != null) pass.addAll(c.pass());
                out.put(c.rule(), new RuleDef.Examples(flag, pass));
            }
        } catch (IOException e) {
            throw new RulesException(dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    public List<Result> test(RuleDef def, RuleDef.Examples extra) {
        List<Result> results = new ArrayList<>();
        String id = def.id();
        if (def.examples() == null
                || def.examples().flag().isEmpty()
                || def.examples().pass().isEmpty()) {
            results.add(new Result(id, "examples", "needs at least one example that must flag and one that must pass"));
        } else if (!def.isStrength() && def.rewrite() == null) {
            results.add(new Result(id, "rewrite", "a fault needs a rewrite"));
        } else {
            results.add(new Result(id, "examples", null));
        }
        List<String> flag = new ArrayList<>(
                def.examples() == null ? List.of() : def.examples().flag());
        List<String> pass = new ArrayList<>(
                def.examples() == null ? List.of() : def.examples().pass());
        if (extra != null) {
            flag.addAll(extra.flag());
            pass.addAll(extra.pass());
        }
        for (int i = 0; i < flag.size(); i++) {
            String name = id + " flag #" + (i + 1);
            results.add(new Result(id, name + ": " + oneLine(flag.get(i)), flagProblem(def, name, flag.get(i))));
        }
        for (int i = 0; i < pass.size(); i++) {
            String name = id + " pass #" + (i + 1);
            results.add(new Result(id, name + ": " + oneLine(pass.get(i)), passProblem(def, name, pass.get(i))));
        }
        return results;
    }

    private String passProblem(RuleDef def, String name, String text) {
        try {
            List<Report.Item> mine =
                    mine(scoring.report(RuleExample.parse(name, text).transcript()), def.id());
            return mine.isEmpty() ? null : "must not flag, but flagged " + describe(mine);
        } catch (InputException e) {
            return "example does not parse: " + e.reason();
        }
    }

    private String flagProblem(RuleDef def, String name, String text) {
        RuleExample ex;
        try {
            ex = RuleExample.parse(name, text);
        } catch (InputException e) {
            return "example does not parse: " + e.reason();
        }
        if (ex.markTurn() < 0) return "a flag example needs a [[mark]] (or [[*]] for a whole turn)";
        Report r = scoring.report(ex.transcript());
        Report.Item hit = mine(r, def.id()).stream()
                .filter(i -> i.turn() == ex.markTurn() + 1)
                .findFirst()
                .orElse(null);
        if (hit == null) {
            return "expected " + def.id() + " in turn " + (ex.markTurn() + 1) + ", got " + describe(r.findings());
        }
        if (ex.wholeTurn() != (hit.start() == null)) {
            return ex.wholeTurn()
                    ? "expected a finding on the whole turn, got \"" + hit.quote() + "\""
                    : "expected the marked words, got a finding on the whole turn";
        }
        if (!ex.wholeTurn() && (hit.start() != ex.markStart() || hit.end() != ex.markEnd())) {
            return "flagged \"" + hit.quote() + "\" instead of the marked words";
        }
        if (def.isStrength() || hit.suggestion() == null) return null;
        String turnText = ex.transcript().turns().get(ex.markTurn()).text();
        String rewritten;
        if (ex.wholeTurn()) {
            rewritten = turnText + " " + hit.suggestion();
        } else {
            int b = turnText.lastIndexOf(hit.sentence(), hit.start());
            rewritten = turnText.substring(0, b)
                    + hit.suggestion()
                    + turnText.substring(b + hit.sentence().length());
        }
        List<Report.Item> again = mine(scoring.report(ex.withTurnText(ex.markTurn(), rewritten)), def.id());
        return again.isEmpty() ? null : "the rewrite \"" + rewritten + "\" still triggers " + def.id();
    }

    private static List<Report.Item> mine(Report r, String rule) {
        return r.findings().stream().filter(i -> i.rule().equals(rule)).toList();
    }

    private static String describe(List<Report.Item> items) {
        return items.stream()
                .map(i -> i.rule() + "@turn " + i.turn() + (i.quote() == null ? "" : " \"" + i.quote() + "\""))
                .toList()
                .toString();
    }

    private static String oneLine(String s) {
        String l = s.replace("\n", " / ");
        return l.length() > 70 ? l.substring(0, 67) + "..." : l;
    }
}
