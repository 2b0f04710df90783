package org.cxlint.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cxlint.TestLinter;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.cxlint.result.Report;
import org.junit.jupiter.api.Test;

/** Runs of emoji, symbols or markup that CoreNLP's lexer would take quadratic time over are capped first. */
class LongRunsTest {
    @Test
    void capsOnlyLongRunsKeepingLengthAndWholeCodePoints() {
        String text = "ok :-) !!! " + "😀".repeat(100) + " then " + "&".repeat(200) + "x";
        String capped = LongRuns.cap(text);
        assertEquals(text.length(), capped.length());
        assertTrue(capped.startsWith("ok :-) !!! " + "😀".repeat(32) + " "), "64 chars = 32 emoji kept, then blanks");
        assertEquals(text.indexOf(" then "), capped.indexOf(" then "));
        assertTrue(capped.contains("&".repeat(64) + " ".repeat(136) + "x"));
        assertTrue(capped.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp)), "no half emoji left");
        String ordinary = "Sorry!!! That's... not great :( ---- see https://example.com/a?b=c&d=e";
        assertSame(ordinary, LongRuns.cap(ordinary));
    }

    @Test
    void aHundredKilobyteEmojiTurnIsScoredWithOffsetsIntact() {
        String emoji = "🙏😡".repeat(12_500); // 25 000 emoji, 100 KB of UTF-8
        String customer = "My order never came " + emoji + " and nobody called me back.";
        Transcript t = new Transcript(
                "e",
                "e",
                "text",
                "chat",
                null,
                List.of(
                        new Turn(0, Speaker.CUSTOMER, customer, null, null),
                        new Turn(
                                1,
                                Speaker.AGENT,
                                "I'm so sorry about that. Let me check your order now.",
                                null,
                                null)));
        Nlp nlp = TestLinter.nlp();
        long before = nlp.runsCapped();
        List<AnnotatedTurn> turns = nlp.annotate(t);
        assertTrue(nlp.runsCapped() > before, "the guard capped the run");
        List<Token> tokens = turns.get(0).sentences().stream()
                .flatMap(s -> s.tokens().stream())
                .toList();
        assertTrue(tokens.size() < 200, "capped: " + tokens.size() + " tokens, not 25 000");
        Token and = tokens.stream()
                .filter(x -> x.word().equals("nobody"))
                .findFirst()
                .orElseThrow();
        assertEquals(customer.indexOf("nobody"), and.begin(), "offsets after the run are the turn's");
        Report r = TestLinter.get().score(t);
        assertTrue(
                r.findings().stream().anyMatch(i -> "let me check".equalsIgnoreCase(i.quote())),
                r.findings().toString());
    }
}
