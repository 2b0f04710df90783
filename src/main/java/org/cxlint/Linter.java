package org.cxlint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.cxlint.engine.Finding;
import org.cxlint.engine.Outcome;
import org.cxlint.engine.RuleBase;
import org.cxlint.engine.RuleEngine;
import org.cxlint.facts.CustomerName;
import org.cxlint.facts.FactBuilder;
import org.cxlint.facts.FactSettings;
import org.cxlint.facts.PhraseMatcher;
import org.cxlint.model.Roles;
import org.cxlint.model.Transcript;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Nlp;
import org.cxlint.nlp.Sentence;
import org.cxlint.result.Report;
import org.cxlint.rules.MatchRules;
import org.cxlint.rules.OneRewritePerSentence;
import org.cxlint.rules.PhraseReferences;
import org.cxlint.rules.Rewrite;
import org.cxlint.rules.RuleDef;
import org.cxlint.rules.RuleFiles;
import org.cxlint.rules.RulePack;
import org.cxlint.rules.RuleSettings;
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
    /** Rules the DRL still runs but a configuration switched off: their findings are dropped before scoring. */
    private final Set<String> off;
    /** The rules folder's settings.yaml, for what is built around the pipeline (ingest's role cues, the summary's bands). */
    private final RuleSettings.Values settings;

    private Linter(
            Nlp nlp,
            FactBuilder facts,
            RuleEngine engine,
            Map<String, RuleDef> defs,
            Scorer scorer,
            RuleSettings.Values settings) {
        this(nlp, facts, engine, defs, scorer, Set.of(), settings);
    }

    private Linter(
            Nlp nlp,
            FactBuilder facts,
            RuleEngine engine,
            Map<String, RuleDef> defs,
            Scorer scorer,
            Set<String> off,
            RuleSettings.Values settings) {
        this.settings = settings;
        this.nlp = nlp;
        this.facts = facts;
        this.engine = engine;
        this.defs = defs;
        this.scorer = scorer;
        this.off = off;
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
        return new Linter(nlp, facts, engine, defs, scorer, off, settings);
    }

    /** @param nlp may be null only inside {@link #load(RuleFiles)}, which supplies it once loaded */
    public static Linter load(RuleFiles files, Nlp nlp) {
        // the packs first (their match rules are DRL too); DRL compilation, the longest step of a cold start,
        // then runs beside the scorecard's parsing
        RulePack pack = RulePack.parse(files);
        PhraseReferences.check(files, pack);
        CompletableFuture<RuleBase> compiled = CompletableFuture.supplyAsync(
                () -> RuleBase.compile(files, MatchRules.drl(pack.rules().values())));
        Scorecard card;
        try {
            card = Scorecard.parse(files.where(RuleFiles.SCORECARD), files.scorecard());
            card.checkCovers(files.where(RuleFiles.SCORECARD), pack.rules().values());
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
                throw new RulesException(files.label() + ": rule " + id + " has metadata but no DRL rule of that name");
            }
        }
        RuleSettings.Values settings = RuleSettings.of(files);
        FactSettings facts = settings.facts();
        return new Linter(
                nlp,
                new FactBuilder(new PhraseMatcher(pack.phrases(), facts.cues()), facts),
                new RuleEngine(base),
                pack.rules(),
                new Scorer(card, pack.rules().values()),
                settings);
    }

    /** The same pipeline scored by another scorecard: no recompilation, the rule base is shared. */
    public Linter withScorecard(String where, String yaml) {
        Scorecard card = Scorecard.parse(where, yaml);
        card.checkCovers(where, defs.values());
        return new Linter(nlp, facts, engine, defs, new Scorer(card, defs.values()), settings);
    }

    /**
     * The same pipeline with a project's choices: rules switched off (no finding, no points, not in
     * {@link #rules()}), severities changed (reported and scored as the new one) and another pass mark.
     * Call it last: {@link #withScorecard} starts again from the rules' own definitions.
     */
    public Linter configured(org.cxlint.config.RuleSelection selection, Double passMark) {
        if (selection.isAll() && passMark == null) return this;
        Map<String, RuleDef> kept = new java.util.LinkedHashMap<>();
        for (RuleDef d : defs.values()) {
            if (selection.off().contains(d.id())) continue;
            var sev = selection.severities().get(d.id());
            kept.put(
                    d.id(),
                    sev == null
                            ? d
                            : new RuleDef(
                                    d.id(),
                                    d.principle(),
                                    d.category(),
                                    sev,
                                    d.message(),
                                    d.rewrite(),
                                    d.appliesWhen(),
                                    d.examples(),
                                    d.match(),
                                    d.rewrites()));
        }
        Scorecard card = passMark == null ? scorer.card() : scorer.card().withPassMark(passMark);
        Set<String> allOff = new HashSet<>(off);
        allOff.addAll(selection.off());
        return new Linter(
                nlp,
                facts,
                engine,
                java.util.Collections.unmodifiableMap(kept),
                new Scorer(card, kept.values()),
                Set.copyOf(allOff),
                settings);
    }

    public Nlp nlp() {
        return nlp;
    }

    /** The rules folder's settings (settings.yaml, or the defaults). */
    public RuleSettings.Values settings() {
        return settings;
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
        String customer = known.stream()
                .filter(CustomerName.class::isInstance)
                .map(o -> ((CustomerName) o).name())
                .map(n -> n.split("\\s+")[0])
                .findFirst()
                .orElse(null);
        Set<String> strengthsSeen = new HashSet<>();
        List<RuleDef> fired = new ArrayList<>();
        List<Report.Item> items = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        // times a reader gave but the timing facts could not use (end before start...) are not shown either
        List<org.cxlint.model.Turn> timed = org.cxlint.facts.TimingFacts.usable(t.turns());
        for (Finding f : outcome.findings()) {
            if (off.contains(f.rule())) continue;
            RuleDef def = defs.get(f.rule());
            if (def == null) {
                throw new RulesException(
                        "DRL rule \"" + f.rule() + "\" produced a finding but no rule pack describes it");
            }
            // a strength counts once per transcript: thanking ten times is not ten times the rapport
            if (def.isStrength() && !strengthsSeen.add(def.id())) continue;
            fired.add(def);
            // the sentence a finding sits in: its rewrite's span, and the key that gives one sentence one rewrite
            Sentence s = f.hasSpan() ? FactBuilder.sentenceAt(turns.get(f.turn()), f.charStart()) : null;
            items.add(item(def, f, turns.get(f.turn()), s, customer)
                    .at(
                            time(timed.get(f.turn())),
                            org.cxlint.result.TimingEvidence.of(
                                    outcome.measured().get(f), timed),
                            null));
            sentences.add(s == null ? -1 : s.begin());
        }
        items = oneRewritePerSentence(items, sentences);
        var info = new Report.TranscriptInfo(
                t.id(),
                t.source(),
                t.format(),
                t.channel(),
                t.metadata(),
                t.turns().size(),
                t.agentTurnCount(),
                // roles named by the file itself need no comment; option, inference and notes are always shown
                t.roles().equals(Roles.FROM_SOURCE) ? null : t.roles(),
                t.encoding(),
                org.cxlint.facts.TimingFacts.problems(t.turns()));
        return new Report(Report.SCHEMA, info, scorer.score(fired, outcome.contexts()), items);
    }

    private static Report.Time time(org.cxlint.model.Turn turn) {
        return turn.start() == null ? null : new Report.Time(turn.start(), turn.end());
    }

    /** @param s the sentence the finding's words sit in (null for a finding on the whole turn) */
    private Report.Item item(RuleDef def, Finding f, AnnotatedTurn at, Sentence s, String customer) {
        String speaker = at.turn().speaker().label();
        String text = at.turn().text();
        String quote = f.hasSpan() ? text.substring(f.charStart(), f.charEnd()) : null;
        String template = def.rewriteFor(quote);
        String rewrite = template == null ? null : template.replace("{customer}", customer == null ? "" : customer);
        if (!f.hasSpan()) {
            return new Report.Item(
                    def.id(),
                    def.principle(),
                    def.category(),
                    def.severity(),
                    scorer.points(def),
                    f.turn() + 1,
                    speaker,
                    null,
                    null,
                    null,
                    null,
                    null,
                    def.message(),
                    rewrite);
        }
        String sentence = s == null ? null : text.substring(s.begin(), s.end());
        String suggestion = rewrite == null || s == null
                ? null
                : Rewrite.apply(rewrite, text, s.begin(), s.end(), f.charStart(), f.charEnd())
                        .sentence();
        return new Report.Item(
                def.id(),
                def.principle(),
                def.category(),
                def.severity(),
                scorer.points(def),
                f.turn() + 1,
                speaker,
                f.charStart() + 1,
                f.charStart(),
                f.charEnd(),
                quote,
                sentence,
                def.message(),
                suggestion);
    }

    /** Findings in one sentence share the most severe one's rewrite (see {@link OneRewritePerSentence}). */
    private static List<Report.Item> oneRewritePerSentence(List<Report.Item> items, List<Integer> sentences) {
        List<OneRewritePerSentence.Proposal> proposals = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            Report.Item i = items.get(k);
            proposals.add(new OneRewritePerSentence.Proposal(i.turn(), sentences.get(k), i.severity(), i.suggestion()));
        }
        List<String> chosen = OneRewritePerSentence.choose(proposals);
        List<Report.Item> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            Report.Item i = items.get(k);
            out.add(java.util.Objects.equals(chosen.get(k), i.suggestion()) ? i : i.suggesting(chosen.get(k)));
        }
        return out;
    }
}
