package org.cxlint.facts;

/**
 * Match results of pattern shapes (one per distinct pattern text) at positions of one sentence: an
 * open-addressing table of primitive keys (shape, position), so a lookup neither boxes nor allocates. One
 * table per thread is reused sentence after sentence: {@link #clear()} bumps a generation number instead of
 * wiping the arrays, so a sentence costs nothing to start and the table keeps the size busy sentences need.
 */
final class ShapeMemo {
    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    /** A slot is in use when its generation is the current one. */
    private int[] generation = new int[1024];

    private int current = 1;
    private int size;

    static long key(int shape, int pos) {
        return ((long) shape << 21) | pos;
    }

    /** Forgets every entry, in constant time. */
    void clear() {
        size = 0;
        if (++current == Integer.MAX_VALUE) {
            java.util.Arrays.fill(generation, 0);
            current = 1;
        }
    }

    /** The slot holding {@code key}, or {@code ~slot} of the free slot where it would go. */
    int find(long key) {
        int mask = keys.length - 1;
        int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (generation[i] == current) {
            if (keys[i] == key) return i;
            i = (i + 1) & mask;
        }
        return ~i;
    }

    int value(int slot) {
        return values[slot];
    }

    void put(int slot, long key, int value) {
        keys[slot] = key;
        values[slot] = value;
        generation[slot] = current;
        if (++size * 2 > keys.length) grow();
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldGeneration = generation;
        int was = current;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        generation = new int[oldKeys.length * 2];
        current = 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldGeneration[i] == was) put(~find(oldKeys[i]), oldKeys[i], oldValues[i]);
        }
    }
}
