package org.cxlint.facts;

import org.cxlint.model.Speaker;

/**
 * {@code by} started turn {@code turn} while the other side was still speaking in {@code interrupted},
 * by at least {@link FactSettings.Timing#interruptionMinOverlapSeconds} (and not as both started together, see
 * {@link FactSettings.Timing#simultaneousStartSeconds}), and kept talking after the other side
 * stopped: they took the floor. Speech wholly inside the other's turn, and short turns of at most
 * {@link FactSettings.Timing#backchannelMaxWords} words on either side ("mhm", "yeah right"), are backchannels,
 * not interruptions.
 *
 * @param turn        0-based index of the interrupting turn
 * @param interrupted 0-based index of the turn that was cut into
 */
public record Interruption(int turn, Speaker by, int interrupted, double overlapSeconds) {
    public int getTurn() {
        return turn;
    }

    public Speaker getBy() {
        return by;
    }

    public int getInterrupted() {
        return interrupted;
    }

    public double getOverlapSeconds() {
        return overlapSeconds;
    }

    public boolean isByAgent() {
        return by == Speaker.AGENT;
    }
}
