package org.cxlint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.cxlint.engine.Finding;
import org.cxlint.engine.Outcome;
import org.cxlint.engine.RuleBase;
import org.cxlint.engine.RuleEngine;
import org.cxlint.facts.CustomerName;
import org.cxlint.facts.FactBuilder;
import org.cxlint.facts.PhraseMatcher;
import org.cxlint.model.Roles;
import org.cxlint.model.Transcript;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Nlp;
import org.cxlint.nlp.Sentence;
import org.cxlint.report.Report;
import org.cxlint.rules.Rewrite;
import org.cxlint.rules.RuleDef;
import org.cxlint.rules.RuleFiles;
import org.cxlint.rules.RulePack;
import org.cxlint.rules.RulesException;
import org.cxlint.score.Scorecard;
import org.cxlint.score.Scorer;

/** The whole pipeline for one process: transcript in, report out. Thread-safe once built. */
public final class Linter {
    private final Nlp nlp;
    private final FactBuilder facts;
    private final RuleEngine engine;
    private final Map<String, RuleDef> defs;
    private final Scorer scorer;

    private Linter(Nlp nlp, FactBuilder facts, RuleEngine engine, Map<String, RuleDef> defs, Scorer scorer) {
        this.nlp = nlp;
        this.facts = facts;
        this.engine = engine;
        this.defs = defs;
        this.scorer = scorer;
    }

    /** Loads CoreNLP and compiles the rules side by side: each takes seconds and they share nothing. */
    public static Linter load(RuleFiles files) {
        CompletableFuture<Nlp> nlp = CompletableFuture.supplyAsync(Nlp::new);
        try {
            Linter rulesFirst = load(files, null);
            return rulesFirst.with(nlp.join());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw e;
        }
    }

    private Linter with(Nlp nlp) {
        return new Linter(nlp, facts, engine, defs, scorer);
    }

    /** @param nlp may be null only inside {@link #load(RuleFiles)}, which supplies it once loaded */
    public static Linter load(RuleFiles files, Nlp nlp) {
        // DRL compilation is the longest step of a cold start; the packs and scorecard parse beside it
        CompletableFuture<RuleBase> compiled = CompletableFuture.supplyAsync(() -> RuleBase.compile(files));
        RulePack pack;
        Scorecard card;
        try {
            pack = RulePack.parse(files);
            card = Scorecard.parse(files.origin() + "/" + RuleFiles.SCORECARD, files.scorecard());
            card.checkCovers(files.origin() + "/" + RuleFiles.SCORECARD, pack.rules().values());
        } catch (RuntimeException e) {
            compiled.cancel(false);
            throw e;
        }
        RuleBase base;
        try {
            base = compiled.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw e;
        }
        for (String id : pack.rules().keySet()) {
            if (!base.ruleNames().contains(id)) {
                throw new RulesException(files.origin() + ": rule " + id + " has metadata but no DRL rule of that name");
            }
        }
        return new Linter(nlp, new FactBuilder(new PhraseMatcher(pack.phrases())), new RuleEngine(base), pack.rules(),
                new Scorer(card, pack.rules().values()));
    }

    /** The same pipeline scored by another scorecard: no recompilation, the rule base is shared. */
    public Linter withScorecard(String where, String yaml) {
        Scorecard card = Scorecard.parse(where, yaml);
        card.checkCovers(where, defs.values());
        return new Linter(nlp, facts, engine, defs, new Scorer(card, defs.values()));
    }

    public Nlp nlp() {
        return nlp;
    }

    /** How many phrase patterns the matcher holds (for the benchmark). */
    public int patternCount() {
        return facts.patternCount();
    }

    public Map<String, RuleDef> rules() {
        return defs;
    }

    /** The score the given rules' findings alone would earn: used when waived or baselined findings do not count. */
    public org.cxlint.score.Score scoreOf(List<String> firedRuleIds, List<String> notApplicable) {
        return scorer.scoreKnowing(firedRuleIds.stream().map(defs::get).toList(), Set.copyOf(notApplicable));
    }

    /**
     * Every finding the rules make on the transcript, each strength as often as it fires (a report counts
     * it once): evaluation against reviewers' labels judges each turn, not the score.
     */
    public List<Finding> findings(Transcript t) {
        return engine.run(facts.facts(t, nlp.annotate(t))).findings();
    }

    public Report score(Transcript t) {
        List<AnnotatedTurn> turns = nlp.annotate(t);
        List<Object> known = facts.facts(t, turns);
        Outcome outcome = engine.run(known);
        String customer = known.stream().filter(CustomerName.class::isInstance).map(o -> ((CustomerName) o).name())
                .map(n -> n.split("\\s+")[0]).findFirst().orElse(null);
        Set<String> strengthsSeen = new HashSet<>();
        List<RuleDef> fired = new ArrayList<>();
        List<Report.Item> items = new ArrayList<>();
        // times a reader gave but the timing facts could not use (end before start...) are not shown either
        List<org.cxlint.model.Turn> timed = org.cxlint.facts.TimingFacts.usable(t.turns());
        for (Finding f : outcome.findings()) {
            RuleDef def = defs.get(f.rule());
            if (def == null) {
                throw new RulesException("DRL rule \"" + f.rule() + "\" produced a finding but no rule pack describes it");
            }
            // a strength counts once per transcript: thanking ten times is not ten times the rapport
            if (def.isStrength() && !strengthsSeen.add(def.id())) continue;
            fired.add(def);
            items.add(item(def, f, turns, customer).at(time(timed.get(f.turn())), org.cxlint.report.TimingEvidence.of(outcome.measured().get(f), timed),
                    null));
        }
        var info = new Report.TranscriptInfo(t.id(), t.source(), t.format(), t.channel(), t.metadata(),
                t.turns().size(), t.agentTurnCount(),
                // roles named by the file itself need no comment; option, inference and notes are always shown
                t.roles().equals(Roles.FROM_SOURCE) ? null : t.roles(), t.encoding(),
                org.cxlint.facts.TimingFacts.problems(t.turns()));
        return new Report(Report.SCHEMA, info, scorer.score(fired, outcome.contexts()), items);
    }

    private static Report.Time time(org.cxlint.model.Turn turn) {
        return turn.start() == null ? null : new Report.Time(turn.start(), turn.end());
    }

    private Report.Item item(RuleDef def, Finding f, List<AnnotatedTurn> turns, String customer) {
        AnnotatedTurn at = turns.get(f.turn());
        String speaker = at.turn().speaker().label();
        String rewrite = def.rewrite() == null ? null : def.rewrite().replace("{customer}", customer == null ? "" : customer);
        if (!f.hasSpan()) {
            return new Report.Item(def.id(), def.principle(), def.category(), def.severity(), scorer.points(def),
                    f.turn() + 1, speaker, null, null, null, null, null, def.message(), rewrite);
        }
        String text = at.turn().text();
        Sentence s = FactBuilder.sentenceAt(at, f.charStart());
        String sentence = s == null ? null : text.substring(s.begin(), s.end());
        String suggestion = rewrite == null || s == null ? null
                : Rewrite.apply(rewrite, text, s.begin(), s.end(), f.charStart(), f.charEnd()).sentence();
        return new Report.Item(def.id(), def.principle(), def.category(), def.severity(), scorer.points(def),
                f.turn() + 1, speaker, f.charStart() + 1, f.charStart(), f.charEnd(), text.substring(f.charStart(), f.charEnd()),
                sentence, def.message(), suggestion);
    }
}
