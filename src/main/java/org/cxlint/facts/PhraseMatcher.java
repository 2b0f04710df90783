package org.cxlint.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.cxlint.model.UnscorableException;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Sentence;
import org.cxlint.nlp.Token;

/**
 * Runs every phrase over every sentence and reports each non-overlapping hit once per phrase.
 *
 * <p>Patterns are grouped by their text (a "shape": several phrases, or ten copies of a pack, may share
 * one), and each group is indexed by its anchors: the words, lemmas or prefixes one of which the first
 * token of any match must be. A token tries only the groups its word, or a lemma it could have, anchors;
 * a group is tried only if the {@link SentenceSignature} holds every item it requires (decided once per
 * sentence), and is matched once per position however many phrases use it. So the cost per token does
 * not grow with the number of patterns. The hits are exactly those of trying every pattern of every
 * phrase at every token (PhraseMatcherEquivalenceTest): a pattern is skipped only where it cannot match.
 */
public final class PhraseMatcher {
    private static final int MAX_MEMO = 200_000;
    private static final Group[] NONE = new Group[0];
    /** Bits of one field of a candidate key: phrase | start | end. */
    private static final long MASK = (1L << 21) - 1;

    /** One pattern text and the phrases (by index) that use it. */
    private record Group(int shape, TokenPattern pattern, int[][] needs, int[] phrases) {}

    private final List<Phrase> phrases;
    private final Map<String, List<Group>> byNorm = new HashMap<>();
    private final Map<String, List<Group>> byLemma = new HashMap<>();
    private final Map<String, List<Group>> byNormPrefix = new HashMap<>();
    private final Map<String, List<Group>> byLemmaPrefix = new HashMap<>();
    private final int[] normPrefixLengths;
    private final int[] lemmaPrefixLengths;
    /** Groups a match of which can start at any token. */
    private final Group[] unanchored;

    private final boolean lemmaAnchors;
    private final ConcurrentHashMap<String, Group[]> normMemo = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Group[]> lemmaMemo = new ConcurrentHashMap<>();
    /** Per phrase, the shape of each exception pattern (an exception sharing a pattern's text shares its results). */
    private final int[][] exceptShapes;
    /** Per thread, each shape's feasibility in the sentence being matched; the last slot numbers the sentences. */
    private final ThreadLocal<int[]> feasibilityMemo;
    /** Each thread's match memo, reused by every sentence it matches (cleared in constant time). */
    private final ThreadLocal<ShapeMemo> memos = ThreadLocal.withInitial(ShapeMemo::new);
    /** Whether a hit is negated, quoted or hypothetical, by the settings' cue words. */
    private final HitContext hitContext;

    private final int exceptionReach;

    public PhraseMatcher(List<Phrase> phrases) {
        this(phrases, FactSettings.Cues.DEFAULTS);
    }

    public PhraseMatcher(List<Phrase> phrases, FactSettings.Cues cues) {
        this.hitContext = new HitContext(cues);
        this.exceptionReach = cues.exceptionReachTokens();
        this.phrases = List.copyOf(phrases);
        if (this.phrases.size() > MASK) throw new IllegalArgumentException("too many phrases");
        Map<String, Integer> shapes = new HashMap<>();
        Map<Integer, TokenPattern> patternOf = new LinkedHashMap<>();
        Map<Integer, Set<Integer>> phrasesOf = new HashMap<>();
        for (int p = 0; p < this.phrases.size(); p++) {
            for (TokenPattern tp : this.phrases.get(p).patterns()) {
                int shape = shapes.computeIfAbsent(tp.source(), k -> shapes.size());
                patternOf.putIfAbsent(shape, tp);
                phrasesOf.computeIfAbsent(shape, k -> new LinkedHashSet<>()).add(p);
            }
        }
        this.exceptShapes = new int[this.phrases.size()][];
        for (int p = 0; p < this.phrases.size(); p++) {
            exceptShapes[p] = this.phrases.get(p).except().stream()
                    .mapToInt(tp -> shapes.computeIfAbsent(tp.source(), k -> shapes.size()))
                    .toArray();
        }
        List<Group> always = new ArrayList<>();
        TreeSet<Integer> normLengths = new TreeSet<>();
        TreeSet<Integer> lemmaLengths = new TreeSet<>();
        for (var e : patternOf.entrySet()) {
            TokenPattern tp = e.getValue();
            Group g = new Group(
                    e.getKey(),
                    tp,
                    SentenceSignature.needs(tp),
                    phrasesOf.get(e.getKey()).stream()
                            .mapToInt(Integer::intValue)
                            .toArray());
            List<TokenPattern.Choice> anchors = tp.anchors();
            if (anchors == null) {
                always.add(g);
                continue;
            }
            for (TokenPattern.Choice c : anchors.stream().distinct().toList()) {
                Map<String, List<Group>> index =
                        c.lemma() ? (c.prefix() ? byLemmaPrefix : byLemma) : (c.prefix() ? byNormPrefix : byNorm);
                index.computeIfAbsent(c.text(), k -> new ArrayList<>()).add(g);
                if (c.prefix())
                    (c.lemma() ? lemmaLengths : normLengths).add(c.text().length());
            }
        }
        this.unanchored = always.toArray(Group[]::new);
        this.lemmaAnchors = !byLemma.isEmpty() || !byLemmaPrefix.isEmpty();
        this.normPrefixLengths =
                normLengths.stream().mapToInt(Integer::intValue).toArray();
        this.lemmaPrefixLengths =
                lemmaLengths.stream().mapToInt(Integer::intValue).toArray();
        int shapeCount = shapes.size();
        this.feasibilityMemo = ThreadLocal.withInitial(() -> new int[shapeCount + 1]);
    }

    /** How many patterns (not counting exceptions) the phrases hold. */
    public int patternCount() {
        return phrases.stream().mapToInt(p -> p.patterns().size()).sum();
    }

    public List<PhraseHit> match(List<AnnotatedTurn> turns) {
        List<PhraseHit> hits = new ArrayList<>();
        for (AnnotatedTurn at : turns) {
            HitContext.Quotes quotes = hitContext.quotes(at); // found on the first hit that asks
            for (Sentence s : at.sentences()) matchSentence(at, s, quotes, hits);
        }
        return hits;
    }

    /** The groups a norm (exactly, or by a prefix) anchors. */
    private Group[] forNorm(String norm) {
        Group[] g = normMemo.get(norm);
        if (g == null) {
            g = lookup(norm, byNorm, byNormPrefix, normPrefixLengths);
            if (normMemo.size() < MAX_MEMO) normMemo.put(norm, g);
        }
        return g;
    }

    private Group[] forLemma(String lemma) {
        Group[] g = lemmaMemo.get(lemma);
        if (g == null) {
            g = lookup(lemma, byLemma, byLemmaPrefix, lemmaPrefixLengths);
            if (lemmaMemo.size() < MAX_MEMO) lemmaMemo.put(lemma, g);
        }
        return g;
    }

    private static Group[] lookup(
            String key, Map<String, List<Group>> exact, Map<String, List<Group>> prefixes, int[] lengths) {
        List<Group> out = new ArrayList<>(exact.getOrDefault(key, List.of()));
        for (int len : lengths) {
            if (len > key.length()) break;
            out.addAll(prefixes.getOrDefault(key.substring(0, len), List.of()));
        }
        return out.isEmpty() ? NONE : out.toArray(Group[]::new);
    }

    /** One sentence's work: which shapes matched where, and the (phrase, start, end) of every match. */
    private final class Attempt {
        final List<Token> tokens;
        final ShapeMemo memo = memos.get();
        final long[] signature;
        final int[] feasible;
        final int stamp;
        long[] keys = new long[32];
        int n;

        Attempt(List<Token> tokens) {
            this.tokens = tokens;
            memo.clear();
            this.signature = SentenceSignature.of(tokens);
            int[] m = feasibilityMemo.get();
            int last = m[m.length - 1];
            if (last == (1 << 30) - 1) {
                Arrays.fill(m, 0);
                last = 0;
            }
            this.stamp = last + 1;
            m[m.length - 1] = stamp;
            this.feasible = m;
        }

        /** Tries each group at {@code pos} once (a group may be reached through several anchors) and keeps its matches. */
        void tryAll(Group[] groups, int pos) {
            for (Group g : groups) {
                long key = ShapeMemo.key(g.shape(), pos);
                int slot = memo.find(key);
                if (slot >= 0) continue;
                int end = feasible(g) ? g.pattern().matchAt(tokens, pos) : -1;
                memo.put(~slot, key, end);
                if (end < 0) continue;
                if (n + g.phrases().length > keys.length)
                    keys = Arrays.copyOf(keys, Math.max(keys.length * 2, n + g.phrases().length));
                // phrase | start | end: sorting orders by phrase, then start, then end
                for (int p : g.phrases()) keys[n++] = ((long) p << 42) | ((long) pos << 21) | end;
            }
        }

        /** Whether the signature holds the group's required items; decided once per shape and sentence. */
        private boolean feasible(Group g) {
            int v = feasible[g.shape()];
            if (v >>> 1 == stamp) return (v & 1) != 0;
            boolean ok = SentenceSignature.allows(signature, g.needs());
            feasible[g.shape()] = stamp << 1 | (ok ? 1 : 0);
            return ok;
        }

        int matchAt(TokenPattern tp, int shape, int pos) {
            long key = ShapeMemo.key(shape, pos);
            int slot = memo.find(key);
            if (slot >= 0) return memo.value(slot);
            int end = tp.matchAt(tokens, pos);
            memo.put(~slot, key, end);
            return end;
        }
    }

    private void matchSentence(AnnotatedTurn at, Sentence s, HitContext.Quotes quotes, List<PhraseHit> out) {
        List<Token> tokens = s.tokens();
        if (tokens.size() > MASK) {
            // positions are packed into 21 bits; a sentence this long is text without punctuation, not speech
            throw new UnscorableException("turn " + (at.turn().index() + 1) + " has a sentence of " + tokens.size()
                    + " tokens, more than the " + MASK
                    + " the phrase matcher handles; add sentence punctuation or split the turn");
        }
        Attempt a = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Group[] byWord = forNorm(t.norm());
            if (byWord.length > 0 || unanchored.length > 0) {
                if (a == null) a = new Attempt(tokens);
                a.tryAll(byWord, i);
                a.tryAll(unanchored, i);
            }
            if (!lemmaAnchors) continue;
            for (int k = 0; k < t.possibleLemmaCount(); k++) {
                Group[] gs = forLemma(t.possibleLemma(k));
                if (gs.length == 0) continue;
                if (a == null) a = new Attempt(tokens);
                a.tryAll(gs, i);
            }
        }
        if (a == null || a.n == 0) return;
        long[] keys = a.keys;
        int n = a.n;
        Arrays.sort(keys, 0, n);
        byte[] context = null;
        int k = 0;
        while (k < n) {
            int phrase = (int) (keys[k] >>> 42);
            Phrase p = phrases.get(phrase);
            int next = 0; // the earliest start: hits of one phrase do not overlap
            while (k < n && (int) (keys[k] >>> 42) == phrase) {
                int pos = (int) ((keys[k] >>> 21) & MASK);
                int end = -1;
                // the phrase's matches starting here, shortest first: the longest wins
                while (k < n && (int) (keys[k] >>> 42) == phrase && (int) ((keys[k] >>> 21) & MASK) == pos) {
                    end = (int) (keys[k] & MASK);
                    k++;
                }
                if (pos < next || excepted(p, exceptShapes[phrase], pos, end, a)) continue;
                String text = at.turn().text();
                int cs = tokens.get(pos).begin();
                int ce = tokens.get(end - 1).end();
                if (context == null) context = new byte[tokens.size()];
                int flags = context[pos];
                if (flags == 0) {
                    // the same for every phrase that starts here
                    flags = 1
                            | (hitContext.negated(tokens, pos) ? 2 : 0)
                            | (hitContext.quoted(quotes, tokens, pos, cs) ? 4 : 0)
                            | (hitContext.hypothetical(tokens, pos) ? 8 : 0);
                    context[pos] = (byte) flags;
                }
                out.add(new PhraseHit(
                        p.id(),
                        at.turn().speaker(),
                        at.turn().index(),
                        at.agentOrdinal(),
                        s.index(),
                        pos,
                        end,
                        cs,
                        ce,
                        text.substring(cs, ce),
                        (flags & 2) != 0,
                        (flags & 4) != 0,
                        (flags & 8) != 0));
                next = end;
            }
        }
    }

    /** An exception pattern that overlaps the hit, starting up to a few tokens (a setting) before it, vetoes it. */
    private boolean excepted(Phrase p, int[] shapes, int start, int end, Attempt a) {
        List<TokenPattern> except = p.except();
        for (int x = 0; x < except.size(); x++) {
            for (int j = Math.max(0, start - exceptionReach); j < end; j++) {
                if (a.matchAt(except.get(x), shapes[x], j) > start) return true;
            }
        }
        return false;
    }
}
