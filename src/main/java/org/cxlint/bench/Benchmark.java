package org.cxlint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.cxlint.Linter;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.cxlint.nlp.Nlp;
import org.cxlint.rules.RuleFiles;
import org.cxlint.run.Scoring;

/**
 * Measures cxlint's scoring throughput against CoreNLP's own on the same text, in one run, so the ratios
 * hold whatever else the machine is doing: CoreNLP {@code tokenize,ssplit} (the floor cxlint cannot go
 * below), CoreNLP {@code tokenize,ssplit,pos,lemma} (what tagging everything would cost), cxlint
 * {@code score} end to end (tokens, phrases, Drools, scorecard, report), and cxlint with ten times the
 * phrase patterns. Every stage runs over the same turns with the same number of threads.
 */
public final class Benchmark {
    /** @param seconds measured time per stage, spread over {@code rounds} */
    public record Options(
            int transcripts, int threads, long seed, double seconds, int rounds, double warmup, boolean tenfold) {}

    /** One measured stage. */
    public record Stage(String name, long tokens, long transcripts, double seconds) {
        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double transcriptsPerSecond() {
            return transcripts / seconds;
        }
    }

    private final Linter linter;
    private final RuleFiles files;
    private final Options options;
    private final PrintWriter out;

    public Benchmark(Linter linter, RuleFiles files, Options options, PrintWriter out) {
        this.linter = linter;
        this.files = files;
        this.options = options;
        this.out = out;
    }

    public Map<String, Stage> run() throws Exception {
        Nlp nlp = linter.nlp();
        Workload load =
                new Workload(new Corpus(linter.rules().values()).generate(options.transcripts(), options.seed()), nlp);
        out.printf(
                "corpus: %d transcripts, %d turns, %d tokens (CoreNLP tokens; seed %d); %d thread%s%n",
                load.corpus.size(),
                load.turns,
                load.totalTokens,
                options.seed(),
                options.threads(),
                plural(options.threads()));
        out.flush();
        Linter tenfold = options.tenfold() ? Linter.load(tenfold(files, false), nlp) : null;
        Linter distinct = options.tenfold() ? Linter.load(tenfold(files, true), nlp) : null;
        // (a pool's threads start with its first pass: the 1-thread pool's after the warm-up)
        try (Pool pool = new Pool(options.threads());
                Pool one = options.threads() > 1 ? new Pool(1) : null) {
            List<Spec> specs = specs(pool, one, load, nlp, tenfold, distinct);
            warmUp(pool, load, specs);
            Rounds rounds = measureRounds(specs, load, nlp);
            out.println();
            Map<String, Stage> stages = printMedians(specs, rounds.stages());
            out.println();
            printRatios(rounds, stages, tenfold);
            out.flush();
            return stages;
        }
    }

    /** The generated transcripts, each one's CoreNLP token count, and the part the full pipeline runs on. */
    private static final class Workload {
        final List<Transcript> corpus;
        final int[] tokens;
        final long totalTokens;
        final int turns;
        /** The full pipeline tags every sentence at about a tenth of the tokenizer's speed: a fifth of the corpus will do. */
        final List<Transcript> tagged;

        Workload(List<Transcript> corpus, Nlp nlp) {
            this.corpus = corpus;
            this.tokens = new int[corpus.size()];
            long total = 0;
            int turnCount = 0;
            for (int i = 0; i < corpus.size(); i++) {
                for (Turn t : corpus.get(i).turns()) tokens[i] += nlp.coreNlpOnly(t.text(), false);
                total += tokens[i];
                turnCount += corpus.get(i).turns().size();
            }
            this.totalTokens = total;
            this.turns = turnCount;
            this.tagged = corpus.subList(0, Math.max(Math.min(corpus.size(), 20), corpus.size() / 5));
        }
    }

    /** The stages in the order they run and print; the 1-thread tokenizer and the 10x rules only when asked for. */
    private List<Spec> specs(Pool pool, Pool one, Workload load, Nlp nlp, Linter tenfold, Linter distinct) {
        ToIntFunction<Transcript> tokenize = tokenizeTurns(nlp, false);
        List<Spec> specs = new ArrayList<>();
        specs.add(new Spec("tokenize", "CoreNLP tokenize,ssplit", pool, load.corpus, tokenize));
        if (one != null)
            specs.add(new Spec("tokenize1", "CoreNLP tokenize,ssplit (1 thread)", one, load.corpus, tokenize));
        // what cxlint's own tokenizing does: one annotation per transcript, turns separated by blank lines
        specs.add(new Spec(
                "joined", "CoreNLP tokenize,ssplit (per transcript)", pool, load.corpus, nlp::coreNlpOnlyJoined));
        specs.add(new Spec("cxlint", "cxlint score (default rules)", pool, load.corpus, scoring(linter)));
        if (distinct != null)
            specs.add(new Spec(
                    "distinct", "cxlint score (10x patterns, new words)", pool, load.corpus, scoring(distinct)));
        if (tenfold != null)
            specs.add(new Spec("tenfold", "cxlint score (10x patterns, copies)", pool, load.corpus, scoring(tenfold)));
        specs.add(new Spec("full", "CoreNLP tokenize,ssplit,pos,lemma", pool, load.tagged, tokenizeTurns(nlp, true)));
        return specs;
    }

    private static ToIntFunction<Transcript> tokenizeTurns(Nlp nlp, boolean tag) {
        return t -> {
            int n = 0;
            for (Turn turn : t.turns()) n += nlp.coreNlpOnly(turn.text(), tag);
            return n;
        };
    }

    /** What {@code cxlint score} runs per transcript: the run API's score-then-judge (no waivers here, no gate). */
    private static ToIntFunction<Transcript> scoring(Linter l) {
        Scoring run = Scoring.plain(l, java.time.LocalDate.EPOCH);
        return t -> run.run(t).isOk() ? 0 : 1;
    }

    /**
     * Runs every stage unmeasured so the JIT has compiled what it measures: one pass is not enough for cxlint,
     * whose Drools constraints and matcher keep getting faster for a few thousand transcripts. All on the shared
     * pool (the 1-thread tokenizer runs the tokenizer's code); the full pipeline on half its corpus, for half the time.
     */
    private void warmUp(Pool pool, Workload load, List<Spec> specs) throws Exception {
        out.printf("warming up (%.0f s a stage)...%n", options.warmup());
        out.flush();
        double w = options.warmup();
        for (String key : List.of("tokenize", "joined", "full", "cxlint", "tenfold", "distinct")) {
            for (Spec spec : specs) {
                if (!spec.key().equals(key)) continue;
                boolean full = key.equals("full");
                List<Transcript> corpus = full
                        ? spec.corpus().subList(0, Math.max(1, spec.corpus().size() / 2))
                        : spec.corpus();
                measure(pool, "warm-up", corpus, load.tokens, spec.work(), full ? w / 2 : w);
            }
        }
    }

    /** Each stage's measured rounds by key, and the sentences cxlint's own stage split and POS-tagged. */
    private record Rounds(Map<String, List<Stage>> stages, long sentences, long tagged) {}

    /**
     * Stages take turns, round after round, so that whatever else the machine does weighs on all of them alike;
     * each figure is the median of its rounds, each ratio the median of per-round ratios.
     */
    private Rounds measureRounds(List<Spec> specs, Workload load, Nlp nlp) throws Exception {
        Map<String, List<Stage>> rounds = new LinkedHashMap<>();
        long sentences = 0;
        long tagged = 0;
        for (int r = 0; r < options.rounds(); r++) {
            out.printf("round %d of %d...%n", r + 1, options.rounds());
            out.flush();
            for (Spec spec : specs) {
                Nlp.Stats before = nlp.stats();
                Stage st = measure(
                        spec.pool(),
                        spec.name(),
                        spec.corpus(),
                        load.tokens,
                        spec.work(),
                        options.seconds() / options.rounds());
                Nlp.Stats after = nlp.stats();
                if (spec.key().equals("cxlint")) {
                    sentences += after.sentences() - before.sentences();
                    tagged += after.tagged() - before.tagged();
                }
                rounds.computeIfAbsent(spec.key(), k -> new ArrayList<>()).add(st);
            }
        }
        return new Rounds(rounds, sentences, tagged);
    }

    /** Prints each stage's median round and its range; returns the medians by key. */
    private Map<String, Stage> printMedians(List<Spec> specs, Map<String, List<Stage>> rounds) {
        Map<String, Stage> stages = new LinkedHashMap<>();
        for (Spec spec : specs) {
            List<Stage> rs = rounds.get(spec.key());
            Stage median = rs.stream()
                    .sorted(Comparator.comparingDouble(Stage::tokensPerSecond))
                    .toList()
                    .get(rs.size() / 2);
            stages.put(spec.key(), median);
            double lo = rs.stream().mapToDouble(Stage::tokensPerSecond).min().orElse(0);
            double hi = rs.stream().mapToDouble(Stage::tokensPerSecond).max().orElse(0);
            out.printf(
                    "%-40s %9.0f tokens/s  %8.1f transcripts/s  (median of %d rounds; %.0f..%.0f)%n",
                    spec.name(), median.tokensPerSecond(), median.transcriptsPerSecond(), rs.size(), lo, hi);
        }
        return stages;
    }

    private void printRatios(Rounds rounds, Map<String, Stage> stages, Linter tenfold) {
        Map<String, List<Stage>> rs = rounds.stages();
        out.printf(
                "sentences POS-tagged by cxlint: %d of %d (%.1f%%)%n",
                rounds.tagged(), rounds.sentences(), 100.0 * rounds.tagged() / Math.max(1, rounds.sentences()));
        out.printf(
                "cxlint / CoreNLP tokenize,ssplit             = %.2fx  (both on %d thread%s)%n",
                ratio(rs, "cxlint", "tokenize"), options.threads(), plural(options.threads()));
        if (stages.containsKey("tokenize1")) {
            out.printf(
                    "cxlint / CoreNLP tokenize,ssplit on 1 thread = %.2fx  (cxlint on %d threads)%n",
                    ratio(rs, "cxlint", "tokenize1"), options.threads());
        }
        out.printf(
                "cxlint / CoreNLP tokenize,ssplit per transcript = %.2fx  (one annotation per transcript, as cxlint tokenizes)%n",
                ratio(rs, "cxlint", "joined"));
        out.printf("cxlint / CoreNLP tokenize,ssplit,pos,lemma   = %.2fx%n", ratio(rs, "cxlint", "full"));
        out.printf("CoreNLP tokenize,ssplit,pos,lemma / tokenize,ssplit = %.3fx%n", ratio(rs, "full", "tokenize"));
        if (tenfold == null) return;
        for (String k : List.of("distinct", "tenfold")) {
            double r = ratio(rs, k, "cxlint");
            out.printf(
                    "10x phrase patterns, %s (%d -> %d patterns): throughput %.2fx of default rules (drop %.0f%%)%n",
                    k.equals("distinct") ? "new words" : "exact copies, 10x the hits",
                    linter.patternCount(),
                    tenfold.patternCount(),
                    r,
                    100 * (1 - r));
        }
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    private record Spec(String key, String name, Pool pool, List<Transcript> corpus, ToIntFunction<Transcript> work) {}

    /** The median over rounds of stage a's throughput divided by stage b's in the same round. */
    private static double ratio(Map<String, List<Stage>> rounds, String a, String b) {
        List<Stage> x = rounds.get(a);
        List<Stage> y = rounds.get(b);
        double[] r = new double[x.size()];
        for (int i = 0; i < r.length; i++)
            r[i] = x.get(i).tokensPerSecond() / y.get(i).tokensPerSecond();
        java.util.Arrays.sort(r);
        return r[r.length / 2];
    }

    private Stage measure(
            Pool pool,
            String name,
            List<Transcript> corpus,
            int[] tokens,
            ToIntFunction<Transcript> work,
            double seconds)
            throws Exception {
        long toks = 0;
        long done = 0;
        long nanos = 0;
        do {
            long t0 = System.nanoTime();
            toks += pool.pass(corpus, tokens, work);
            nanos += System.nanoTime() - t0;
            done += corpus.size();
        } while (nanos < seconds * 1e9);
        return new Stage(name, toks, done, nanos / 1e9);
    }

    /**
     * The rules with every phrase repeated ten times under new ids. {@code distinct}: each copy's words and
     * lemmas get the copy's number ("that @be not my job" -> "that7 @be7 not7 my7 job7"), so the copies are
     * new patterns of the same shapes that rarely fire, as a grown rule pack would be; otherwise the copies are
     * exact, and each fires wherever the original does (ten times the hits and facts).
     */
    public static RuleFiles tenfold(RuleFiles files, boolean distinct) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, String> packs = new LinkedHashMap<>();
        try {
            for (var e : files.packs().entrySet()) {
                JsonNode doc = yaml.readTree(e.getValue());
                if (!(doc instanceof ObjectNode o)) {
                    packs.put(e.getKey(), e.getValue());
                    continue;
                }
                // every phrase a pack matches: its named phrases and its rules' own patterns (named after the rule)
                List<ObjectNode> originals = new ArrayList<>();
                if (o.get("phrases") instanceof ArrayNode named) named.forEach(p -> originals.add((ObjectNode) p));
                if (o.get("rules") instanceof ArrayNode rules) {
                    for (JsonNode r : rules) {
                        if (r.get("match") instanceof ObjectNode m && m.get("patterns") instanceof ArrayNode) {
                            ObjectNode own = yaml.createObjectNode()
                                    .put("id", r.get("id").asText());
                            own.set("patterns", m.get("patterns"));
                            if (m.get("except") != null) own.set("except", m.get("except"));
                            originals.add(own);
                        }
                    }
                }
                if (originals.isEmpty()) {
                    packs.put(e.getKey(), e.getValue());
                    continue;
                }
                ArrayNode phrases = o.get("phrases") instanceof ArrayNode named ? named : o.putArray("phrases");
                for (int k = 2; k <= 10; k++) {
                    for (ObjectNode p : originals) {
                        ObjectNode copy = p.deepCopy();
                        copy.put("id", p.get("id").asText() + "-x" + k);
                        if (distinct) {
                            for (String field : List.of("patterns", "except")) {
                                if (!(copy.get(field) instanceof ArrayNode list)) continue;
                                for (int i = 0; i < list.size(); i++)
                                    list.set(
                                            i,
                                            yaml.getNodeFactory()
                                                    .textNode(
                                                            renumber(list.get(i).asText(), k)));
                            }
                        }
                        phrases.add(copy);
                    }
                }
                packs.put(e.getKey(), yaml.writeValueAsString(o));
            }
        } catch (java.io.IOException ex) {
            throw new IllegalStateException("cannot multiply rule packs: " + ex.getMessage(), ex);
        }
        return new RuleFiles(files.origin() + " x10", files.drl(), packs, files.scorecard());
    }

    /** Appends {@code k} to every word and lemma of a pattern, keeping its syntax (alternatives, ?, prefixes, gaps). */
    static String renumber(String pattern, int k) {
        StringBuilder out = new StringBuilder();
        for (String item : pattern.trim().split("\\s+")) {
            if (out.length() > 0) out.append(' ');
            if (item.equals("^") || item.matches("\\*\\d*")) {
                out.append(item);
                continue;
            }
            boolean optional = item.endsWith("?") && item.length() > 1;
            String body = optional ? item.substring(0, item.length() - 1) : item;
            StringBuilder alts = new StringBuilder();
            for (String alt : body.split("\\|")) {
                if (alts.length() > 0) alts.append('|');
                boolean prefix = alt.length() > 1 && alt.endsWith("*");
                // the wildcard stays a wildcard; a word class stays the class (its words are shared by every copy)
                if (alt.equals("_") || alt.equals("@_") || alt.startsWith("$")) alts.append(alt);
                else alts.append(prefix ? alt.substring(0, alt.length() - 1) + k + "*" : alt + k);
            }
            out.append(alts).append(optional ? "?" : "");
        }
        return out.toString();
    }

    /** A fixed set of threads that go through a corpus together, each taking the next transcript. */
    private static final class Pool implements AutoCloseable {
        private final ExecutorService exec;
        private final int threads;
        /** What the work returned, kept where the JIT must assume it is read, so no stage's work can be dropped. */
        private volatile long blackhole;

        Pool(int threads) {
            this.threads = threads;
            this.exec = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "cxlint-bench");
                t.setDaemon(true);
                return t;
            });
        }

        /** @return the tokens of the transcripts done (from {@code tokens}, by index in the corpus) */
        long pass(List<Transcript> corpus, int[] tokens, ToIntFunction<Transcript> work) throws Exception {
            AtomicInteger next = new AtomicInteger();
            List<Future<Long>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                futures.add(exec.submit(() -> {
                    long n = 0;
                    long results = 0;
                    for (int i; (i = next.getAndIncrement()) < corpus.size(); ) {
                        results += work.applyAsInt(corpus.get(i));
                        n += tokens[i];
                    }
                    blackhole = results;
                    return n;
                }));
            }
            long sum = 0;
            for (Future<Long> f : futures) sum += f.get();
            return sum;
        }

        @Override
        public void close() {
            exec.shutdownNow();
        }
    }
}
