package org.cxlint.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.model.Speaker;
import org.cxlint.model.Turn;
import org.junit.jupiter.api.Test;

class TimingFactsTest {
    private static final Speaker A = Speaker.AGENT, C = Speaker.CUSTOMER;

    /** Turns from (speaker, start, end) triples; null times allowed. */
    private static List<Turn> turns(Object... spec) {
        List<Turn> out = new ArrayList<>();
        for (int i = 0; i < spec.length; i += 3) {
            out.add(new Turn(out.size(), (Speaker) spec[i], "a turn of several words", (Double) spec[i + 1], (Double)
                    spec[i + 2]));
        }
        return out;
    }

    private static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> contexts(List<Object> facts) {
        return of(facts, Context.class).stream().map(Context::name).toList();
    }

    @Test
    void withoutTimesOnlyTimingFalse() {
        List<Object> f = TimingFacts.derive(turns(A, null, null, C, null, null));
        assertEquals(List.of(new Timing(false, false, 0)), f);
    }

    @Test
    void callWithDurations() {
        List<Object> f = TimingFacts.derive(turns(
                A, 0.0, 3.0, // greeting
                C, 3.5, 8.0, A, 8.5, 12.0, // "let me check" ... then 8.5 s of silence
                A, 20.5, 24.0, C, 22.8, 26.0, // customer cuts in 1.2 s before the agent stops, and keeps talking
                A, 24.5, 25.0, // "mhm" inside the customer's turn: a backchannel, not an interruption
                A, 60.0, 62.0)); // after a 34 s hold
        assertEquals(new Timing(true, true, 62.0), of(f, Timing.class).get(0));
        assertEquals(List.of(TimingFacts.TIMED, TimingFacts.TIMED_DURATIONS), contexts(f));
        TalkTime tt = of(f, TalkTime.class).get(0);
        assertEquals(12.5, tt.agentSeconds(), 1e-9);
        assertEquals(7.7, tt.customerSeconds(), 1e-9);
        assertEquals(0.62, tt.agentShare(), 1e-9);
        assertEquals(List.of(new Interruption(4, C, 3, 1.2)), of(f, Interruption.class));
        assertEquals(List.of(new Silence(2, A, 8.5, false), new Silence(4, C, 34.0, true)), of(f, Silence.class));
        // agent turns straight after a customer turn; the overlapping "mhm" started before the customer stopped: 0
        assertEquals(
                List.of(new ResponseLatency(2, 0.5, false), new ResponseLatency(5, 0.0, false)),
                of(f, ResponseLatency.class));
    }

    @Test
    void smallOverlapIsNotAnInterruption() {
        assertTrue(of(TimingFacts.derive(turns(A, 0.0, 3.0, C, 2.3, 6.0)), Interruption.class)
                .isEmpty());
        // starting together is not interrupting, however long both talk
        assertTrue(of(TimingFacts.derive(turns(C, 0.0, 5.0, A, 0.3, 6.0)), Interruption.class)
                .isEmpty());
    }

    @Test
    void aShortBackchannelRunningPastTheOtherIsNotAnInterruption() {
        List<Turn> t = List.of(
                new Turn(0, C, "so my card fell into the water", 6.3, 10.4),
                new Turn(1, A, "Yeah. Mhm.", 7.9, 11.4),
                new Turn(2, A, "Let me get that replaced for you today", 12.0, 15.0),
                new Turn(3, C, "yes", 14.0, 14.3));
        assertTrue(of(TimingFacts.derive(t), Interruption.class).isEmpty());
    }

    @Test
    void backchannelIsThreeWordsOrFewerWhateverTheSpacing() {
        assertTrue(TimingFacts.backchannel(new Turn(0, C, "  uh huh\tokay \n", 1.0, 2.0), 3));
        assertTrue(TimingFacts.backchannel(new Turn(0, C, "", 1.0, 2.0), 3));
        assertFalse(TimingFacts.backchannel(new Turn(0, C, "no that is wrong", 1.0, 2.0), 3));
        assertFalse(TimingFacts.backchannel(new Turn(0, C, "yeah\nright\u2003okay sure", 1.0, 2.0), 3));
    }

    @Test
    void latencyCountsFromWhenTheLineWentQuiet() {
        // the agent talks on over the customer's "yeah", then asks a question: the customer never waited
        List<Turn> t = List.of(
                new Turn(0, A, "give me one second while I look at the card details", 156.9, 177.9),
                new Turn(1, C, "Yeah", 161.2, 161.3),
                new Turn(2, A, "The last four digits on the card, please?", 178.8, 181.2));
        assertEquals(List.of(new ResponseLatency(2, 0.9, false)), of(TimingFacts.derive(t), ResponseLatency.class));
    }

    @Test
    void agentInterruptingIsMarkedAsSuch() {
        List<Object> f = TimingFacts.derive(turns(C, 0.0, 6.0, A, 4.0, 9.0));
        Interruption i = of(f, Interruption.class).get(0);
        assertTrue(i.isByAgent());
        assertEquals(2.0, i.getOverlapSeconds(), 1e-9);
    }

    @Test
    void chatMessagesGiveLatencyButNoTalkTimeOrSilence() {
        // one timestamp per message, as chat exports have (end null or equal to start)
        List<Object> f =
                TimingFacts.derive(turns(C, 0.0, null, C, 20.0, null, A, 95.0, null, C, 100.0, 100.0, A, 110.0, 110.0));
        assertEquals(new Timing(true, false, 110.0), of(f, Timing.class).get(0));
        assertEquals(List.of(TimingFacts.TIMED), contexts(f));
        assertEquals(
                List.of(new ResponseLatency(2, 75.0, true), new ResponseLatency(4, 10.0, false)),
                of(f, ResponseLatency.class));
        assertTrue(of(f, TalkTime.class).isEmpty());
        assertTrue(of(f, Silence.class).isEmpty());
    }

    @Test
    void plainTextStampsMeasureFromTheCustomersStart() {
        // PlainTextReader gives each turn the next turn's start as its end, and the last none
        List<Object> f = TimingFacts.derive(turns(A, 0.0, 4.0, C, 4.0, 9.0, A, 9.0, null));
        assertFalse(of(f, Timing.class).get(0).durations());
        assertEquals(List.of(new ResponseLatency(2, 5.0, false)), of(f, ResponseLatency.class));
    }

    @Test
    void oneEndBeforeItsStartCostsThatTurnItsTimingOnly() {
        List<Turn> t = turns(A, 0.0, 3.0, C, 3.5, 8.0, A, 8.5, 2.0, C, 20.0, 26.0, A, 26.5, 30.0);
        List<Object> f = TimingFacts.derive(t);
        assertEquals(List.of(TimingFacts.TIMED, TimingFacts.TIMED_DURATIONS), contexts(f));
        assertTrue(of(f, Timing.class).get(0).durations());
        TalkTime tt = of(f, TalkTime.class).get(0);
        assertEquals(6.5, tt.agentSeconds(), 1e-9, "turn 3 (8.5 to 2.0) is left out of talk time");
        assertEquals(10.5, tt.customerSeconds(), 1e-9);
        // the silence before turn 4 is measured from turn 2, the last turn whose times are usable
        assertEquals(List.of(new Silence(1, C, 12.0, false)), of(f, Silence.class));
        assertEquals(List.of(new ResponseLatency(4, 0.5, false)), of(f, ResponseLatency.class));
        assertEquals(
                List.of("turn 3: end 2.0 s is before its start 8.5 s; its timing is not used"),
                TimingFacts.problems(t));
    }

    @Test
    void oneMissingEndInACallCostsThatTurnItsTimingOnly() {
        List<Turn> t = turns(A, 0.0, 3.0, C, 3.5, null, A, 8.5, 12.0, C, 12.5, 16.0, A, 16.5, 20.0);
        List<Object> f = TimingFacts.derive(t);
        assertEquals(List.of(TimingFacts.TIMED, TimingFacts.TIMED_DURATIONS), contexts(f));
        assertEquals(10.0, of(f, TalkTime.class).get(0).agentSeconds(), 1e-9);
        assertEquals(List.of(new ResponseLatency(4, 0.5, false)), of(f, ResponseLatency.class));
        assertEquals(List.of("turn 2: start 3.5 s without an end; its timing is not used"), TimingFacts.problems(t));
        // a time that is no time at all is dropped the same way
        List<Turn> nan = turns(A, 0.0, 3.0, C, Double.NaN, 8.0, A, 8.5, 12.0, C, 12.5, 16.0);
        assertTrue(of(TimingFacts.derive(nan), Timing.class).get(0).durations());
        assertEquals(1, TimingFacts.problems(nan).size());
    }

    @Test
    void chatsAndPlainTextHaveNoTimingProblems() {
        assertTrue(TimingFacts.problems(turns(C, 0.0, null, C, 20.0, null, A, 95.0, null, C, 100.0, 100.0))
                .isEmpty());
        // ends that are only the next turn's start, and the last turn without one (plain text): no durations, no
        // problem
        assertTrue(TimingFacts.problems(turns(A, 0.0, 4.0, C, 4.0, 9.0, A, 9.0, null))
                .isEmpty());
        assertTrue(TimingFacts.problems(turns(A, 0.0, null, C, 4.0, null, A, 9.0, 12.0))
                .isEmpty());
    }

    @Test
    void gettersForDrl() {
        ResponseLatency r = new ResponseLatency(3, 70, true);
        assertEquals(3, r.getTurn());
        assertTrue(r.isSlow());
        Silence s = new Silence(1, A, 31, true);
        assertTrue(s.isHold());
        assertEquals(A, s.getAfter());
        assertTrue(new Timing(true, false, 1).isTimed());
        assertEquals(0.5, new TalkTime(1, 1, 0.5).getAgentShare());
    }
}
