package org.cxlint.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.CxlintTagOptions;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;

/**
 * The only class that touches CoreNLP. One instance per JVM; annotate() is safe to call from many threads.
 *
 * <p>CoreNLP's tokenizer runs over every turn; the POS tagger (about ten times the tokenizer's cost, and
 * nearly all of CoreNLP's) runs on a sentence only when a caller first needs a part of speech or a lemma
 * that depends on one (see {@link Token}). A sentence is always tagged whole, by the same annotators
 * ({@code pos}, then {@code lemma}) the pipeline {@code tokenize,ssplit,pos,lemma} runs, so every answer
 * equals what annotating everything would give. The tagger loads in the background while the tokenizer
 * and the rules get ready.
 */
public final class Nlp {
    static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    /** Bounds the per-word memo of possible lemmas; words beyond it are computed each time. */
    private static final int MAX_MEMO = 200_000;

    private final boolean eager;
    private final StanfordCoreNLP tokenizer;
    /** The same tokenizer over a whole transcript, its turns separated by blank lines (see {@link #annotate}). */
    private final StanfordCoreNLP joinedTokenizer;

    private final CompletableFuture<Taggers> taggers;
    private final ConcurrentHashMap<String, String[]> possibleLemmas = new ConcurrentHashMap<>();
    private volatile StanfordCoreNLP full;
    private final LongAdder sentencesSeen = new LongAdder();
    private final LongAdder sentencesTagged = new LongAdder();
    private final LongAdder runsCapped = new LongAdder();

    private record Taggers(MaxentTagger tagger, POSTaggerAnnotator pos, MorphaAnnotator lemma) {}

    /** Tags sentences on demand (the default). */
    public Nlp() {
        this(false);
    }

    private Nlp(boolean eager) {
        this.eager = eager;
        silence();
        if (eager) {
            this.tokenizer = null;
            this.joinedTokenizer = null;
            this.taggers = null;
            this.full = fullPipeline();
        } else {
            this.taggers = CompletableFuture.supplyAsync(Nlp::loadTaggers);
            this.tokenizer = new StanfordCoreNLP(props("tokenize,ssplit"));
            Properties joined = props("tokenize,ssplit");
            joined.setProperty("ssplit.newlineIsSentenceBreak", "two");
            this.joinedTokenizer = new StanfordCoreNLP(joined);
        }
    }

    /**
     * The reference design: one {@code tokenize,ssplit,pos,lemma} pipeline that tags every sentence.
     * Slower by a wide margin; for tests that prove on-demand tagging changes nothing, and for the benchmark.
     */
    public static Nlp eager() {
        return new Nlp(true);
    }

    private static Properties props(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("tokenize.language", "en");
        // quotes=ascii: quote tokens read as " and ' whatever the typing; invertible keeps offsets exact
        props.setProperty("tokenize.options", "quotes=ascii,invertible=true,untokenizable=noneKeep");
        props.setProperty("pos.model", POS_MODEL);
        return props;
    }

    private static StanfordCoreNLP fullPipeline() {
        silence();
        return new StanfordCoreNLP(props("tokenize,ssplit,pos,lemma"));
    }

    private static Taggers loadTaggers() {
        silence();
        MaxentTagger tagger = new MaxentTagger(POS_MODEL);
        // the same annotators, with the same settings, that "pos,lemma" in a pipeline would build
        return new Taggers(tagger, new POSTaggerAnnotator(tagger), new MorphaAnnotator(false));
    }

    /**
     * The turns' sentences and tokens. On demand (the default), all turns of a transcript go through the
     * tokenizer as one text, separated by blank lines that break sentences, and offsets are mapped back to
     * each turn: CoreNLP's fixed cost per annotated text (a new lexer with 48 KB of buffers, the pipeline's
     * bookkeeping) is then paid once per transcript, not once per turn. A turn holding a line break (where
     * newline handling could differ) or a sentence spanning two turns sends the whole transcript back to
     * one annotation per turn, so the tokens are always exactly those of tokenizing each turn alone.
     */
    public List<AnnotatedTurn> annotate(Transcript transcript) {
        List<Turn> turns = transcript.turns();
        List<List<Sentence>> perTurn = eager || turns.size() < 2 ? null : joinedSentences(turns);
        List<AnnotatedTurn> out = new ArrayList<>(turns.size());
        int agentOrdinal = 0;
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            int ordinal = turn.speaker() == Speaker.AGENT ? agentOrdinal++ : -1;
            out.add(new AnnotatedTurn(turn, ordinal, perTurn == null ? sentences(turn.text()) : perTurn.get(i)));
        }
        return out;
    }

    /** Each turn's sentences from one annotation of the whole transcript, or null to annotate turn by turn. */
    private List<List<Sentence>> joinedSentences(List<Turn> turns) {
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[turns.size() + 1];
        for (int i = 0; i < turns.size(); i++) {
            String text = forTokenizer(turns.get(i).text());
            if (hasLineBreak(text)) return null;
            starts[i] = sb.length();
            sb.append(text).append("\n\n");
        }
        starts[turns.size()] = sb.length();
        Annotation doc = new Annotation(sb.toString());
        joinedTokenizer.annotate(doc);
        List<List<Sentence>> out = new ArrayList<>(turns.size());
        for (int i = 0; i < turns.size(); i++) out.add(new ArrayList<>());
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) return out;
        int turn = 0;
        int seen = 0;
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) continue;
            int begin = labels.get(0).beginPosition();
            while (begin >= starts[turn + 1]) turn++;
            int base = starts[turn];
            int limit = starts[turn + 1] - 2;
            for (CoreLabel l : labels) {
                if (l.beginPosition() < base || l.endPosition() > limit) return null; // spans two turns
            }
            List<Sentence> into = out.get(turn);
            into.add(sentence(labels, into.size(), base));
            seen++;
        }
        sentencesSeen.add(seen);
        return out;
    }

    /** The text CoreNLP reads: quotes straightened, over-long symbol runs capped (same length, same offsets). */
    @SuppressWarnings("ReferenceEquality") // LongRuns.cap returns its argument itself when nothing was capped
    private String forTokenizer(String text) {
        String capped = LongRuns.cap(text);
        if (capped != text) runsCapped.increment();
        return TokenNormalizer.straightenQuotes(capped);
    }

    /** How many texts had a run of symbols or emoji capped before tokenizing (see {@link LongRuns}). */
    public long runsCapped() {
        return runsCapped.sum();
    }

    /** Characters CoreNLP's tokenizer reads as a line break. */
    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || c == '\r'
                    || c == '\u2028'
                    || c == '\u2029'
                    || c == '\u000B'
                    || c == '\u000C'
                    || c == '\u0085') return true;
        }
        return false;
    }

    public List<Sentence> sentences(String text) {
        Annotation doc = new Annotation(forTokenizer(text));
        (eager ? full : tokenizer).annotate(doc);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) return out;
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) continue;
            sentencesSeen.increment();
            out.add(sentence(labels, out.size(), 0));
        }
        return out;
    }

    /** A sentence of CoreNLP tokens; {@code base} is subtracted from their character offsets. */
    private Sentence sentence(List<CoreLabel> labels, int index, int base) {
        List<Token> tokens = new ArrayList<>(labels.size() + 2);
        int[] tokenOf = null; // label -> token, when a run-together contraction makes two tokens of one label
        for (CoreLabel l : labels) {
            if (RunTogether.host(l.word()) != null) {
                tokenOf = new int[labels.size()];
                break;
            }
        }
        Tagging tagging = eager ? null : new Tagging(labels, tokens, tokenOf);
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String word = l.word();
            int b = l.beginPosition() - base;
            int e = l.endPosition() - base;
            RunTogether.Host host = tokenOf == null ? null : RunTogether.host(word);
            if (host != null && e - b == word.length()) {
                tokenOf[i] = -1; // fixed lemma and tag: tagging leaves these pieces alone
                int cut = b + host.word().length();
                String first = word.substring(0, host.word().length());
                String rest = word.substring(host.word().length());
                tokens.add(new Token(
                        tokens.size(), first, TokenNormalizer.norm(first, rest), host.lemma(), host.tag(), b, cut));
                tokens.add(new Token(
                        tokens.size(),
                        rest,
                        TokenNormalizer.norm(rest, null),
                        RunTogether.NOT_LEMMA,
                        RunTogether.NOT_TAG,
                        cut,
                        e));
                continue;
            }
            if (tokenOf != null) tokenOf[i] = tokens.size();
            String next = i + 1 < labels.size() ? labels.get(i + 1).word() : null;
            String norm = TokenNormalizer.norm(word, next);
            if (eager) {
                tokens.add(new Token(tokens.size(), word, norm, lemmaOf(l), l.tag(), b, e));
            } else {
                tokens.add(new Token(tokens.size(), word, norm, possibleLemmas(word), tagging, b, e));
            }
        }
        return new Sentence(
                index, tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens);
    }

    private static String lemmaOf(CoreLabel l) {
        String lemma = l.lemma() == null ? l.word() : l.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }

    /**
     * Every lemma (lower case) CoreNLP's lemma annotator gives this word under a tag the tagger can choose
     * for it (see {@link CxlintTagOptions}); memoised. Waits for the tagger to load.
     */
    String[] possibleLemmas(String word) {
        String[] known = possibleLemmas.get(word);
        if (known != null) return known;
        String[] tags = CxlintTagOptions.possibleTags(taggers().tagger(), word);
        Annotation a = new Annotation("");
        List<CoreLabel> labels = new ArrayList<>(tags.length);
        for (String tag : tags) {
            CoreLabel l = new CoreLabel();
            l.setWord(word);
            l.setValue(word);
            l.setOriginalText(word);
            l.setTag(tag);
            labels.add(l);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        a.set(CoreAnnotations.TokensAnnotation.class, labels);
        a.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        LEMMATIZER.annotate(a);
        Set<String> distinct = new LinkedHashSet<>();
        for (CoreLabel l : labels) distinct.add(lemmaOf(l));
        String[] result = distinct.toArray(String[]::new);
        if (possibleLemmas.size() < MAX_MEMO) possibleLemmas.put(word, result);
        return result;
    }

    /** Stateless between calls (it makes its own Morphology per call), so one serves every thread. */
    private static final MorphaAnnotator LEMMATIZER = new MorphaAnnotator(false);

    /** Sentences tokenized and sentences tagged since this instance was made. */
    public record Stats(long sentences, long tagged) {}

    public Stats stats() {
        return new Stats(sentencesSeen.sum(), eager ? sentencesSeen.sum() : sentencesTagged.sum());
    }

    /**
     * CoreNLP alone on a text, for the benchmark: {@code tokenize,ssplit} or {@code tokenize,ssplit,pos,lemma},
     * with the tokenizer options cxlint uses. Returns the number of tokens.
     */
    public int coreNlpOnly(String text, boolean posAndLemma) {
        Annotation doc = new Annotation(TokenNormalizer.straightenQuotes(text));
        (posAndLemma ? full() : tokenizer == null ? full : tokenizer).annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }

    /**
     * CoreNLP {@code tokenize,ssplit} alone on a whole transcript the way {@link #annotate} runs it (one
     * annotation, turns separated by blank lines), for the benchmark. Returns the number of tokens.
     */
    public int coreNlpOnlyJoined(Transcript transcript) {
        if (joinedTokenizer == null) {
            int n = 0;
            for (Turn t : transcript.turns()) n += coreNlpOnly(t.text(), false);
            return n;
        }
        StringBuilder sb = new StringBuilder();
        for (Turn t : transcript.turns())
            sb.append(TokenNormalizer.straightenQuotes(t.text())).append("\n\n");
        Annotation doc = new Annotation(sb.toString());
        joinedTokenizer.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }

    private Taggers taggers() {
        try {
            return taggers.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw e;
        }
    }

    private StanfordCoreNLP full() {
        StanfordCoreNLP f = full;
        if (f == null) {
            synchronized (this) {
                if (full == null) full = fullPipeline();
                f = full;
            }
        }
        return f;
    }

    /** {@code -Dcxlint.debugTagging=true}: print on stderr each sentence tagged and the code that asked. */
    private static final boolean DEBUG = Boolean.getBoolean("cxlint.debugTagging");

    /** What is matching on this thread (a phrase pattern), named in the debug line of any tagging it causes. */
    private static final ThreadLocal<String> DEBUG_REASON = new ThreadLocal<>();

    /**
     * With {@code -Dcxlint.debugTagging=true}, names the phrase pattern {@code source} in the lines of
     * taggings it causes on this thread until the next call; null clears it. Otherwise does nothing.
     */
    public static void debugPattern(String source) {
        if (DEBUG) DEBUG_REASON.set(source == null ? null : "pattern \"" + source + "\"");
    }

    private static void debug(List<Token> tokens) {
        String who = DEBUG_REASON.get() == null ? "" : DEBUG_REASON.get() + " in ";
        for (StackTraceElement e : new Throwable().getStackTrace()) {
            if (!e.getClassName().startsWith("org.cxlint.nlp")) {
                who += e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber();
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Token tok : tokens) sb.append(tok.word()).append(' ');
        System.err.println("cxlint: tagging for " + who + ": " + sb.toString().strip());
    }

    /** The sentence a lazily annotated token belongs to; tags it once, on first demand. */
    final class Tagging {
        private List<CoreLabel> labels;
        private List<Token> tokens;
        /** The token of each label, -1 for a split contraction; null when they are one to one. */
        private int[] tokenOf;

        Tagging(List<CoreLabel> labels, List<Token> tokens, int[] tokenOf) {
            this.labels = labels;
            this.tokens = tokens;
            this.tokenOf = tokenOf;
        }

        synchronized void tag() {
            if (labels == null) return;
            Taggers t = taggers();
            if (DEBUG) debug(tokens);
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
            Annotation a = new Annotation("");
            a.set(CoreAnnotations.TokensAnnotation.class, labels);
            a.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
            t.pos().annotate(a);
            t.lemma().annotate(a);
            for (int i = 0; i < labels.size(); i++) {
                int k = tokenOf == null ? i : tokenOf[i];
                if (k >= 0)
                    tokens.get(k).annotate(lemmaOf(labels.get(i)), labels.get(i).tag());
            }
            sentencesTagged.increment();
            labels = null;
            tokens = null;
            tokenOf = null;
        }
    }

    /** CoreNLP prints model-loading chatter on stderr; a CLI's stderr is for the user's errors. */
    private static void silence() {
        edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
    }
}
