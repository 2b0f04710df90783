package org.cxlint.facts;

/**
 * Whether the transcript has timestamps, so rules about time can be N/A without them.
 * Alongside it, the {@link Context}s {@value TimingFacts#TIMED} (turns have start times: response
 * latency) and {@value TimingFacts#TIMED_DURATIONS} (turns also have end times: talk time,
 * interruptions, silences) are inserted, for a scorecard's {@code appliesWhen}.
 *
 * @param timed     at least two turns have a start time
 * @param durations turns also have end times, so talk time, overlaps and silences can be measured
 * @param seconds   from the first start to the last end (or start) seen
 */
public record Timing(boolean timed, boolean durations, double seconds) {
    public boolean isTimed() {
        return timed;
    }

    public boolean isDurations() {
        return durations;
    }

    public double getSeconds() {
        return seconds;
    }
}
