package org.cxlint.ingest;

/**
 * How much of one input may be held in memory at once, from the heap this JVM was given: a file read whole
 * costs several times its size (bytes, text, parse tree, transcripts), and the tagger and rules already
 * take about 130 MB. With {@code -Xmx256m} a file (or one JSON line) may hold 10 MB; from about 1.2 GB of
 * heap the fixed 50 MB limit is the one that applies. JSON Lines files are read a line at a time, so only
 * their lines are held to this.
 */
public final class ReadLimits {
    private ReadLimits() {}

    /** The most bytes of one file (or one line of a streamed file) held in memory. */
    public static long inMemoryBytes() {
        long byHeap = Runtime.getRuntime().maxMemory() / 24;
        return Math.max(2L * 1024 * 1024, Math.min(SourceText.MAX_BYTES, byHeap));
    }

    /** True when the heap, not the fixed limit, is what bounds a file. */
    static boolean heapBound() {
        return inMemoryBytes() < SourceText.MAX_BYTES;
    }

    static String heap() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }

    static String mb(long bytes) {
        return bytes % (1024 * 1024) == 0
                ? bytes / (1024 * 1024) + " MB"
                : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
