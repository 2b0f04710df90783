package org.cxlint.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Sentence;
import org.cxlint.nlp.Token;

/**
 * Runs every phrase over every sentence and reports each non-overlapping hit once per phrase.
 *
 * <p>Each pattern is indexed by its anchors: the words, lemmas or prefixes one of which the first token
 * of any match must be. A token only tries the patterns its word, or a lemma it could have, anchors, so
 * the cost per token does not grow with the number of patterns. The hits are exactly those of trying
 * every pattern at every token: a pattern is skipped only where it cannot match.
 */
public final class PhraseMatcher {
    private static final int MAX_MEMO = 200_000;
    private static final Entry[] NONE = new Entry[0];

    private final List<Phrase> phrases;
    private final Map<String, List<Entry>> byNorm = new HashMap<>();
    private final Map<String, List<Entry>> byLemma = new HashMap<>();
    private final Map<String, List<Entry>> byNormPrefix = new HashMap<>();
    private final Map<String, List<Entry>> byLemmaPrefix = new HashMap<>();
    private final int[] normPrefixLengths;
    private final int[] lemmaPrefixLengths;
    /** Patterns a match of which can start at any token. */
    private final Entry[] unanchored;
    private final ConcurrentHashMap<String, Entry[]> normMemo = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Entry[]> lemmaMemo = new ConcurrentHashMap<>();

    /**
     * One pattern of one phrase; {@code id} indexes {@link #entries}; {@code shape} is the same for every
     * pattern with the same source text, so a pattern that several phrases share is matched once per position.
     */
    private record Entry(int id, int phrase, TokenPattern pattern, int shape, boolean shared, int[][] needs) {
        /** False when the sentence signature lacks every word of some item the pattern requires. */
        boolean feasible(long[] signature) {
            for (int[] bits : needs) {
                boolean any = false;
                for (int b : bits) {
                    if ((signature[b >>> 6] & (1L << b)) != 0) {
                        any = true;
                        break;
                    }
                }
                if (!any) return false;
            }
            return true;
        }
    }

    /** Bits in a sentence signature: enough that a sentence of a few dozen words leaves most of them clear. */
    private static final int SIGNATURE_BITS = 512;

    /** A word's or lemma's bit in a sentence signature. */
    private static int bit(String text) {
        return (text.hashCode() * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(SIGNATURE_BITS));
    }

    /**
     * The bits of every word (normalised) and every lemma the sentence's tokens could have: a superset of
     * the texts any of its tokens can match, so testing a pattern's required items against it never
     * rules out a real match; it only spares trying patterns whose other words are absent.
     */
    private static long[] signature(List<Token> tokens) {
        long[] sig = new long[SIGNATURE_BITS / 64];
        for (Token t : tokens) {
            int b = bit(t.norm());
            sig[b >>> 6] |= 1L << b;
            for (int k = 0; k < t.possibleLemmaCount(); k++) {
                b = bit(t.possibleLemma(k));
                sig[b >>> 6] |= 1L << b;
            }
        }
        return sig;
    }

    private static int[][] needs(TokenPattern tp) {
        List<int[]> needs = new ArrayList<>(tp.requiredTexts().stream()
                .map(texts -> texts.stream().mapToInt(PhraseMatcher::bit).distinct().toArray()).toList());
        // the first item is usually the anchor, which the token that brought the pattern here already has
        if (needs.size() > 1) needs.add(needs.remove(0));
        return needs.toArray(int[][]::new);
    }

    /** Whether some pattern text appears in more than one place (then match results are shared per sentence). */
    private final boolean sharedShapes;
    /** Per thread, each shape's feasibility in the sentence being matched; the last slot numbers the sentences. */
    private final ThreadLocal<int[]> feasibilityMemo;

    private final Entry[] entries;
    /** Per phrase, the shape of each exception pattern, or -1 where no other pattern has its text. */
    private final int[][] exceptShapes;

    public PhraseMatcher(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        List<Entry> always = new ArrayList<>();
        TreeSet<Integer> normLengths = new TreeSet<>();
        TreeSet<Integer> lemmaLengths = new TreeSet<>();
        List<Entry> all = new ArrayList<>();
        Map<String, Integer> shapes = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Phrase ph : this.phrases) {
            for (TokenPattern tp : ph.patterns()) uses.merge(tp.source(), 1, Integer::sum);
            for (TokenPattern tp : ph.except()) uses.merge(tp.source(), 1, Integer::sum);
        }
        this.exceptShapes = new int[this.phrases.size()][];
        for (int p = 0; p < this.phrases.size(); p++) {
            exceptShapes[p] = this.phrases.get(p).except().stream()
                    .mapToInt(tp -> uses.get(tp.source()) > 1 ? shapes.computeIfAbsent(tp.source(), k -> shapes.size()) : -1).toArray();
            for (TokenPattern tp : this.phrases.get(p).patterns()) {
                Entry e = new Entry(all.size(), p, tp, shapes.computeIfAbsent(tp.source(), k -> shapes.size()),
                        uses.get(tp.source()) > 1, needs(tp));
                all.add(e);
                List<TokenPattern.Choice> anchors = tp.anchors();
                if (anchors == null) {
                    always.add(e);
                    continue;
                }
                for (TokenPattern.Choice c : anchors.stream().distinct().toList()) {
                    Map<String, List<Entry>> index = c.lemma() ? (c.prefix() ? byLemmaPrefix : byLemma) : (c.prefix() ? byNormPrefix : byNorm);
                    index.computeIfAbsent(c.text(), k -> new ArrayList<>()).add(e);
                    if (c.prefix()) (c.lemma() ? lemmaLengths : normLengths).add(c.text().length());
                }
            }
        }
        this.entries = all.toArray(Entry[]::new);
        this.sharedShapes = uses.values().stream().anyMatch(n -> n > 1);
        int shapeCount = shapes.size();
        this.feasibilityMemo = ThreadLocal.withInitial(() -> new int[shapeCount + 1]);
        if (entries.length > MASK || this.phrases.size() > MASK) throw new IllegalArgumentException("too many patterns");
        this.unanchored = always.toArray(Entry[]::new);
        this.normPrefixLengths = normLengths.stream().mapToInt(Integer::intValue).toArray();
        this.lemmaPrefixLengths = lemmaLengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many patterns (not counting exceptions) the phrases hold. */
    public int patternCount() {
        return phrases.stream().mapToInt(p -> p.patterns().size()).sum();
    }

    public List<PhraseHit> match(List<AnnotatedTurn> turns) {
        List<PhraseHit> hits = new ArrayList<>();
        for (AnnotatedTurn at : turns) {
            for (Sentence s : at.sentences()) matchSentence(at, s, hits);
        }
        return hits;
    }

    /** The patterns a norm (exactly, or by a prefix) anchors. */
    private Entry[] forNorm(String norm) {
        Entry[] e = normMemo.get(norm);
        if (e == null) {
            e = lookup(norm, byNorm, byNormPrefix, normPrefixLengths);
            if (normMemo.size() < MAX_MEMO) normMemo.put(norm, e);
        }
        return e;
    }

    private Entry[] forLemma(String lemma) {
        Entry[] e = lemmaMemo.get(lemma);
        if (e == null) {
            e = lookup(lemma, byLemma, byLemmaPrefix, lemmaPrefixLengths);
            if (lemmaMemo.size() < MAX_MEMO) lemmaMemo.put(lemma, e);
        }
        return e;
    }

    private static Entry[] lookup(String key, Map<String, List<Entry>> exact, Map<String, List<Entry>> prefixes, int[] lengths) {
        List<Entry> out = new ArrayList<>(exact.getOrDefault(key, List.of()));
        for (int len : lengths) {
            if (len > key.length()) break;
            out.addAll(prefixes.getOrDefault(key.substring(0, len), List.of()));
        }
        return out.isEmpty() ? NONE : out.toArray(Entry[]::new);
    }

    /** Candidate (phrase, position, pattern) triples of one sentence, as sortable keys. */
    private static final class Candidates {
        long[] keys = new long[64];
        int n;

        void add(Entry[] es, int pos, Feasibility f) {
            if (es.length == 0) return;
            if (n + es.length > keys.length) keys = Arrays.copyOf(keys, Math.max(keys.length * 2, n + es.length));
            if (pos > MASK) throw new IllegalStateException("sentence too long to match");
            // phrase | position | pattern: sorting orders by phrase, then position
            for (Entry e : es) if (f.test(e)) keys[n++] = ((long) e.phrase() << 42) | ((long) pos << 21) | e.id();
        }
    }

    /**
     * Whether each pattern shape can match in the current sentence, decided once per shape: an anchor word
     * as common as "I" brings the same patterns (and, in a grown pack, many copies of them) at every
     * occurrence. The memo is one array per thread, stamped with the sentence's number, so it never allocates.
     */
    private final class Feasibility {
        private final long[] signature;
        private final int[] memo;
        private final int stamp;

        Feasibility(long[] signature) {
            this.signature = signature;
            int[] m = feasibilityMemo.get();
            int last = m[m.length - 1];
            if (last == (1 << 30) - 1) {
                Arrays.fill(m, 0);
                last = 0;
            }
            this.stamp = last + 1;
            m[m.length - 1] = stamp;
            this.memo = m;
        }

        boolean test(Entry e) {
            int v = memo[e.shape()];
            if (v >>> 1 == stamp) return (v & 1) != 0;
            boolean ok = e.feasible(signature);
            memo[e.shape()] = stamp << 1 | (ok ? 1 : 0);
            return ok;
        }
    }

    private static final long MASK = (1L << 21) - 1;

    private void matchSentence(AnnotatedTurn at, Sentence s, List<PhraseHit> out) {
        List<Token> tokens = s.tokens();
        boolean lemmaAnchors = !byLemma.isEmpty() || !byLemmaPrefix.isEmpty();
        Feasibility sig = new Feasibility(signature(tokens));
        Candidates c = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Entry[] byWord = forNorm(t.norm());
            if (byWord.length > 0 || unanchored.length > 0) {
                if (c == null) c = new Candidates();
                c.add(byWord, i, sig);
                c.add(unanchored, i, sig);
            }
            if (!lemmaAnchors) continue;
            for (int k = 0; k < t.possibleLemmaCount(); k++) {
                Entry[] es = forLemma(t.possibleLemma(k));
                if (es.length == 0) continue;
                if (c == null) c = new Candidates();
                c.add(es, i, sig);
            }
        }
        if (c == null || c.n == 0) return;
        long[] keys = c.keys;
        int n = c.n;
        Arrays.sort(keys, 0, n);
        ShapeMemo shared = sharedShapes ? new ShapeMemo() : null;
        byte[] context = null;
        int k = 0;
        while (k < n) {
            int phrase = (int) (keys[k] >>> 42);
            Phrase p = phrases.get(phrase);
            int next = 0; // the earliest start: hits of one phrase do not overlap
            while (k < n && (int) (keys[k] >>> 42) == phrase) {
                int pos = (int) ((keys[k] >>> 21) & MASK);
                int end = -1;
                // every candidate pattern of this phrase at this position; the longest match wins
                while (k < n && (int) (keys[k] >>> 42) == phrase && (int) ((keys[k] >>> 21) & MASK) == pos) {
                    if (pos >= next) end = Math.max(end, matchAt(entries[(int) (keys[k] & MASK)], tokens, pos, shared));
                    k++;
                }
                if (end < 0 || excepted(p, exceptShapes[phrase], tokens, pos, end, shared)) continue;
                String text = at.turn().text();
                int cs = tokens.get(pos).begin();
                int ce = tokens.get(end - 1).end();
                if (context == null) context = new byte[tokens.size()];
                int flags = context[pos];
                if (flags == 0) {
                    // the same for every phrase that starts here
                    flags = 1 | (HitContext.negated(tokens, pos) ? 2 : 0) | (HitContext.quoted(text, tokens, pos, cs) ? 4 : 0)
                            | (HitContext.hypothetical(tokens, pos) ? 8 : 0);
                    context[pos] = (byte) flags;
                }
                out.add(new PhraseHit(p.id(), at.turn().speaker(), at.turn().index(), at.agentOrdinal(), s.index(),
                        pos, end, cs, ce, text.substring(cs, ce), (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0));
                next = end;
            }
        }
    }

    private static int matchAt(Entry e, List<Token> tokens, int pos, ShapeMemo shared) {
        return matchAt(e.pattern(), e.shared() ? e.shape() : -1, tokens, pos, shared);
    }

    /** @param shape the pattern's shape when other patterns share its text, else -1 (not memoised) */
    private static int matchAt(TokenPattern tp, int shape, List<Token> tokens, int pos, ShapeMemo shared) {
        if (shared == null || shape < 0) return tp.matchAt(tokens, pos);
        long key = ((long) shape << 21) | pos;
        int slot = shared.find(key);
        if (slot >= 0) return shared.values[slot];
        int end = tp.matchAt(tokens, pos);
        shared.put(~slot, key, end);
        return end;
    }

    /**
     * Match results of shared pattern shapes at positions of one sentence: an open-addressing table of
     * primitive keys (shape, position), so a lookup neither boxes nor allocates.
     */
    private static final class ShapeMemo {
        long[] keys = new long[64];
        int[] values = new int[64];
        boolean[] used = new boolean[64];
        int size;

        /** The slot holding {@code key}, or {@code ~slot} of the free slot where it would go. */
        int find(long key) {
            int mask = keys.length - 1;
            int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
            while (used[i]) {
                if (keys[i] == key) return i;
                i = (i + 1) & mask;
            }
            return ~i;
        }

        void put(int slot, long key, int value) {
            keys[slot] = key;
            values[slot] = value;
            used[slot] = true;
            if (++size * 2 > keys.length) grow();
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) if (oldUsed[i]) put(~find(oldKeys[i]), oldKeys[i], oldValues[i]);
        }
    }

    /** An exception pattern that overlaps the hit, starting up to a few tokens before it, vetoes it. */
    private static boolean excepted(Phrase p, int[] shapes, List<Token> tokens, int start, int end, ShapeMemo shared) {
        List<TokenPattern> except = p.except();
        for (int x = 0; x < except.size(); x++) {
            for (int j = Math.max(0, start - 4); j < end; j++) {
                int e = matchAt(except.get(x), shapes[x], tokens, j, shared);
                if (e > start) return true;
            }
        }
        return false;
    }
}
