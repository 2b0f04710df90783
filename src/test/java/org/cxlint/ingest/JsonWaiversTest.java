package org.cxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cxlint.model.Transcript;
import org.cxlint.model.Waiver;
import org.junit.jupiter.api.Test;

class JsonWaiversTest {
    private static final String TURNS = "\"turns\": [{\"speaker\": \"agent\", \"text\": \"I just work here.\"}]";

    private static Transcript read(String waivers) throws InputException {
        return new JsonTranscriptReader().readOne("t.json", "{" + TURNS + ", \"waivers\": " + waivers + "}");
    }

    @Test
    void readsWaivers() throws Exception {
        Transcript t = read(
                "[{\"rule\": \"OWN-DEFLECT\", \"turn\": 1, \"reason\": \"quoted for training\", \"expires\": \"2027-01-31\"},"
                        + " {\"rule\": \"POS-POLICY\", \"reason\": \"legal wording\"}]");
        assertEquals(
                List.of(
                        new Waiver("OWN-DEFLECT", 1, "quoted for training", LocalDate.of(2027, 1, 31)),
                        new Waiver("POS-POLICY", null, "legal wording", null)),
                t.waivers());
        assertTrue(new JsonTranscriptReader()
                .readOne("t.json", "{" + TURNS + "}")
                .waivers()
                .isEmpty());
    }

    @Test
    void expiresTheDayAfter() {
        Waiver w = new Waiver("R", null, "why", LocalDate.of(2026, 6, 30));
        assertEquals(false, w.expiredOn(LocalDate.of(2026, 6, 30)));
        assertEquals(true, w.expiredOn(LocalDate.of(2026, 7, 1)));
    }

    @Test
    void refusesWaiversWithoutReasonOrWithBadDateOrTurn() {
        assertEquals(
                "waiver 1: waiver for R needs a \"reason\"",
                assertThrows(InputException.class, () -> read("[{\"rule\": \"R\"}]"))
                        .reason());
        assertTrue(assertThrows(
                        InputException.class,
                        () -> read("[{\"rule\": \"R\", \"reason\": \"x\", \"expires\": \"soon\"}]"))
                .reason()
                .contains("\"expires\" must be a date like 2026-12-31"));
        assertTrue(assertThrows(InputException.class, () -> read("[{\"rule\": \"R\", \"reason\": \"x\", \"turn\": 2}]"))
                .reason()
                .contains("turn 2 is not between 1 and 1"));
        assertTrue(assertThrows(
                        InputException.class,
                        () -> read("[{\"rule\": \"R\", \"reason\": \"x\", \"until\": \"2026-01-01\"}]"))
                .reason()
                .contains("unknown field \"until\""));
    }
}
