package org.cxlint.facts;

/**
 * Match results of pattern shapes (one per distinct pattern text) at positions of one sentence: an
 * open-addressing table of primitive keys (shape, position), so a lookup neither boxes nor allocates.
 */
final class ShapeMemo {
    private long[] keys = new long[64];
    private int[] values = new int[64];
    private boolean[] used = new boolean[64];
    private int size;

    static long key(int shape, int pos) {
        return ((long) shape << 21) | pos;
    }

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

    int value(int slot) {
        return values[slot];
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
