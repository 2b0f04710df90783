package org.cxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cxlint.model.Speaker;
import org.cxlint.model.Turn;
import org.junit.jupiter.api.Test;

class TurnsBuilderTest {
    @Test
    void speechJoinsShortPausesOfOneSpeakerButKeepsHoldsApart() {
        List<Turn> turns = TurnsBuilder.speech()
                .add(Speaker.AGENT, "spk_0", "Let me check", 0.0, 1.0)
                .add(Speaker.AGENT, "spk_0", " that for you. ", 2.5, 3.5) // 1.5 s pause: same turn
                .add(Speaker.AGENT, "spk_0", "Thanks for waiting.", 40.0, 41.0) // a hold: new turn
                .add(Speaker.UNKNOWN, "spk_1", "   ", 41.5, 42.0) // noise: dropped
                .add(Speaker.UNKNOWN, "spk_1", "OK.", 42.0, 42.5)
                .build();
        assertEquals(
                List.of(
                        new Turn(0, Speaker.AGENT, "Let me check that for you.", 0.0, 3.5, "spk_0"),
                        new Turn(1, Speaker.AGENT, "Thanks for waiting.", 40.0, 41.0, "spk_0"),
                        new Turn(2, Speaker.UNKNOWN, "OK.", 42.0, 42.5, "spk_1")),
                turns);
    }

    @Test
    void messagesStaySeparate() {
        List<Turn> turns = TurnsBuilder.messages()
                .add(Speaker.CUSTOMER, "c", "hi", 0.0, null)
                .add(Speaker.CUSTOMER, "c", "anyone there?", 1.0, null)
                .build();
        assertEquals(2, turns.size());
    }

    @Test
    void untimedSpeechIsNotJoined() {
        assertEquals(
                2,
                TurnsBuilder.speech()
                        .add(Speaker.AGENT, "a", "one", null, null)
                        .add(Speaker.AGENT, "a", "two", null, null)
                        .build()
                        .size());
    }

    @Test
    void segmentsWithoutAnEndTimeStillJoin() {
        // issue 15: a missing end on both segments threw a NullPointerException that stopped the batch
        List<Turn> turns = TurnsBuilder.speech()
                .add(Speaker.AGENT, "A", "Let me check", 0.0, null)
                .add(Speaker.AGENT, "A", "that for you.", 1.0, null)
                .add(Speaker.AGENT, "A", "Done.", 2.0, 2.5)
                .add(Speaker.AGENT, "A", "Anything else?", 3.0, null)
                .build();
        assertEquals(
                List.of(new Turn(0, Speaker.AGENT, "Let me check that for you. Done. Anything else?", 0.0, 2.5, "A")),
                turns);
    }
}
