package org.cxlint.serve;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perSecond} requests a second on average, bursts of twice that.
 * Buckets idle for a minute are dropped, so a scan from many addresses does not grow the map for ever.
 */
final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep = System.nanoTime();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /** @param perSecond 0 turns the limit off */
    RateLimiter(double perSecond) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, perSecond * 2);
    }

    boolean allow(String client) {
        if (perSecond <= 0) return true;
        long now = System.nanoTime();
        sweep(now);
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.at) / 1e9 * perSecond);
            b.at = now;
            if (b.tokens < 1) return false;
            b.tokens -= 1;
            return true;
        }
    }

    private void sweep(long now) {
        if (now - lastSweep < 60_000_000_000L) return;
        lastSweep = now;
        buckets.entrySet().removeIf(e -> now - e.getValue().at > 60_000_000_000L);
    }
}
