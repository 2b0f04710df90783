package org.cxlint.facts;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.model.Speaker;
import org.cxlint.model.Turn;

/**
 * Derives the timing facts from turn timestamps. Every threshold is here, and only here; rules judge
 * with them (or stricter ones of their own) but never re-measure.
 */
public final class TimingFacts {
    /** Context names inserted with the facts, for scorecard {@code appliesWhen}. */
    public static final String TIMED = "timed";

    public static final String TIMED_DURATIONS = "timed-durations";

    private TimingFacts() {}

    /** The facts for these turns, in order: always a {@link Timing}, the rest only when the times allow. */
    public static List<Object> derive(List<Turn> turns) {
        return derive(turns, FactSettings.Timing.DEFAULTS);
    }

    /** The same, with a rules folder's thresholds. */
    public static List<Object> derive(List<Turn> turns, FactSettings.Timing limits) {
        return deriveUsable(usable(turns), limits);
    }

    /**
     * Why some turns' times are not used, one line per such turn ("turn 4: end 12.0 s is before its start
     * 15.0 s"); empty when every time is used. A bad time costs that turn its timing, never the transcript's.
     */
    public static List<String> problems(List<Turn> turns) {
        List<String> out = new ArrayList<>();
        boolean ends = mostHaveDurations(turns);
        for (Turn t : turns) {
            String why = problem(t, ends);
            if (why != null) out.add("turn " + (t.index() + 1) + ": " + why + "; its timing is not used");
        }
        return out;
    }

    /** The turns with every bad time taken away (start and end of that turn), so one bad turn does not void the rest. */
    public static List<Turn> usable(List<Turn> turns) {
        boolean ends = mostHaveDurations(turns);
        List<Turn> out = null;
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            if (problem(t, ends) == null) continue;
            if (out == null) out = new ArrayList<>(turns);
            out.set(i, new Turn(t.index(), t.speaker(), t.text(), null, null, t.label()));
        }
        return out == null ? turns : out;
    }

    /** What is wrong with the turn's times, or null. A missing end is wrong only where most turns have real ends (calls, not chats). */
    private static String problem(Turn t, boolean mostHaveEnds) {
        Double s = t.start(), e = t.end();
        if (s != null && !(Double.isFinite(s) && s >= 0)) return "start " + s + " is not a time";
        if (e != null && !(Double.isFinite(e) && e >= 0)) return "end " + e + " is not a time";
        if (s == null) return e == null || !mostHaveEnds ? null : "end without a start";
        if (e != null && e < s) return "end " + e + " s is before its start " + s + " s";
        if (e == null && mostHaveEnds) return "start " + s + " s without an end";
        return null;
    }

    /**
     * Whether more than half of the turns with a start also end after it: speech with durations, not chat
     * messages, and not ends that are only the next turn's start (plain text), where a last turn has none.
     */
    private static boolean mostHaveDurations(List<Turn> turns) {
        int started = 0, lasting = 0;
        boolean measured = false;
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            if (t.start() == null) continue;
            started++;
            if (t.end() != null && t.end() > t.start()) {
                lasting++;
                Double next = i + 1 < turns.size() ? turns.get(i + 1).start() : null;
                if (!t.end().equals(next)) measured = true;
            }
        }
        return measured && lasting * 2 > started;
    }

    private static List<Object> deriveUsable(List<Turn> turns, FactSettings.Timing limits) {
        List<Object> out = new ArrayList<>();
        long started = turns.stream().filter(t -> t.start() != null).count();
        boolean timed = started >= 2;
        boolean durations = timed
                && turns.stream().allMatch(t -> t.start() == null || t.end() != null && t.end() >= t.start())
                && turns.stream().anyMatch(t -> t.start() != null && t.end() > t.start());
        out.add(new Timing(timed, durations, span(turns)));
        if (!timed) return out;
        out.add(new Context(TIMED, -1));
        latencies(turns, durations, limits, out);
        if (!durations) return out;
        out.add(new Context(TIMED_DURATIONS, -1));
        out.add(talkTime(turns));
        interruptions(turns, limits, out);
        silences(turns, limits, out);
        return out;
    }

    private static double span(List<Turn> turns) {
        double first = Double.MAX_VALUE, last = -Double.MAX_VALUE;
        for (Turn t : turns) {
            if (t.start() != null) first = Math.min(first, t.start());
            Double end = t.end() != null ? t.end() : t.start();
            if (end != null) last = Math.max(last, end);
        }
        return first == Double.MAX_VALUE ? 0 : round(last - first);
    }

    static TalkTime talkTime(List<Turn> turns) {
        double agent = 0, customer = 0;
        for (Turn t : turns) {
            if (t.start() == null) continue;
            double d = t.end() - t.start();
            if (t.speaker() == Speaker.AGENT) agent += d;
            else if (t.speaker() == Speaker.CUSTOMER) customer += d;
        }
        double total = agent + customer;
        return new TalkTime(round(agent), round(customer), total == 0 ? 0 : round(agent / total));
    }

    private static void interruptions(List<Turn> turns, FactSettings.Timing limits, List<Object> out) {
        boolean[] backchannel = new boolean[turns.size()];
        for (int j = 0; j < turns.size(); j++) backchannel[j] = backchannel(turns.get(j), limits.backchannelMaxWords());
        for (int j = 0; j < turns.size(); j++) {
            Turn b = turns.get(j);
            if (b.start() == null || !isParty(b) || backchannel[j]) continue;
            Turn cut = null;
            for (int i = 0; i < j; i++) {
                Turn a = turns.get(i);
                if (a.start() == null || !isParty(a) || a.speaker() == b.speaker() || backchannel[i]) continue;
                boolean overlaps = a.end() - b.start() >= limits.interruptionMinOverlapSeconds()
                        && b.start() - a.start() >= limits.simultaneousStartSeconds();
                if (overlaps && b.end() > a.end()) cut = a;
            }
            if (cut != null)
                out.add(new Interruption(b.index(), b.speaker(), cut.index(), round(cut.end() - b.start())));
        }
    }

    private static void silences(List<Turn> turns, FactSettings.Timing limits, List<Object> out) {
        Turn lastEnding = null;
        for (Turn t : turns) {
            if (t.start() == null) continue;
            if (lastEnding != null) {
                double gap = t.start() - lastEnding.end();
                if (gap >= limits.silenceMinSeconds()) {
                    out.add(new Silence(
                            lastEnding.index(), lastEnding.speaker(), round(gap), gap >= limits.holdMinSeconds()));
                }
            }
            if (lastEnding == null || t.end() > lastEnding.end()) lastEnding = t;
        }
    }

    /** Without reliable end times (chats; plain text whose ends are only the next turn's start) wait from the customer's start. */
    private static void latencies(List<Turn> turns, boolean durations, FactSettings.Timing limits, List<Object> out) {
        double lastEnd = -Double.MAX_VALUE;
        for (int j = 1; j < turns.size(); j++) {
            Turn agent = turns.get(j), prev = turns.get(j - 1);
            if (durations && prev.start() != null) lastEnd = Math.max(lastEnd, prev.end());
            if (agent.speaker() != Speaker.AGENT || prev.speaker() != Speaker.CUSTOMER) continue;
            if (agent.start() == null || prev.start() == null) continue;
            // with durations: from when the line last went quiet (the agent may have been talking over a "yeah")
            double from = durations ? lastEnd : prev.start();
            double wait = Math.max(0, agent.start() - from);
            out.add(new ResponseLatency(agent.index(), round(wait), wait >= limits.slowResponseSeconds()));
        }
    }

    /** A turn of at most {@code maxWords} whitespace-separated words ("yeah", "uh huh okay"). */
    static boolean backchannel(Turn t, int maxWords) {
        String text = t.text();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord && ++words > maxWords) return false;
            inWord = !space;
        }
        return true;
    }

    private static boolean isParty(Turn t) {
        return t.speaker() == Speaker.AGENT || t.speaker() == Speaker.CUSTOMER;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
