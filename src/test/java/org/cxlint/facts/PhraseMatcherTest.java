package org.cxlint.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cxlint.TestLinter;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseMatcherTest {
    private static final Phrase JOB =
            new Phrase("job", List.of(TokenPattern.compile("that @be not my job|problem")), List.of());

    private static List<PhraseHit> hits(Phrase p, String agentText) {
        Transcript t = new Transcript(
                "t", "t", "text", "call", null, List.of(new Turn(0, Speaker.AGENT, agentText, null, null)));
        return new PhraseMatcher(List.of(p)).match(TestLinter.nlp().annotate(t));
    }

    @ParameterizedTest(name = "{0} -> negated={1} quoted={2} hypothetical={3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "That's not my job.|false|false|false",
                "No, that's not my problem.|false|false|false",
                "I would never say that's not my job.|true|false|false",
                "I'm not saying that's not my job.|true|false|false",
                "You said \"that's not my job\" was the answer you got?|false|true|false",
                "If I said that's not my job, you'd be right to complain.|false|false|true",
                "The last agent told you that's not my job, I'm so sorry.|false|true|false",
                "I don't know why, but that's not my problem.|false|false|false",
            })
    void flagsSayWhetherTheWordsAreTheSpeakersOwn(String text, boolean negated, boolean quoted, boolean hypothetical) {
        List<PhraseHit> h = hits(JOB, text);
        assertEquals(1, h.size(), h.toString());
        assertEquals(
                List.of(negated, quoted, hypothetical),
                List.of(h.get(0).negated(), h.get(0).quoted(), h.get(0).hypothetical()));
    }

    private static boolean quoted(String agentText) {
        List<PhraseHit> h = hits(JOB, agentText);
        assertEquals(1, h.size(), agentText + " -> " + h);
        return h.get(0).quoted();
    }

    @Test
    void anApostropheThatElidesAWordOpensNoQuotation() {
        for (String text : List.of(
                "'Cause that's not my job.",
                "'cause honestly, that's not my job.",
                "Tell 'em I tried, but that's not my job.",
                "Wait 'til Monday, that's not my problem.",
                "It's 'bout time, but that's not my job.",
                "Rock 'n' roll aside, that's not my job.",
                "Back in the '90s maybe, but that's not my job.")) {
            assertFalse(quoted(text), text);
        }
        assertTrue(quoted("You said 'that's not my job' and hung up?"));
    }

    @Test
    void anUnclosedQuoteEndsAtItsSentenceEnd() {
        assertFalse(quoted("\"Sorry about the wait. That's not my job."));
        assertFalse(quoted("Sorry \" about the wait. That's not my job."));
        assertFalse(quoted("'Sorry about the wait. That's not my problem."));
        // in its own sentence the unclosed quote still counts
        assertTrue(quoted("The note read \"that's not my job. Sorry about the wait."));
        // a closed quotation may run over sentences
        assertTrue(quoted("Your email had \"Sorry. That's not my job.\" in it?"));
    }

    @Test
    void hitCarriesTurnSentenceTokenAndCharacterSpan() {
        PhraseHit h = hits(JOB, "Hello there. Sorry, that is not my problem!").get(0);
        assertEquals(0, h.turn());
        assertEquals(0, h.agentTurn());
        assertEquals(1, h.sentence());
        assertEquals("that is not my problem", h.text());
        assertEquals(20, h.charStart());
        assertEquals(42, h.charEnd());
        assertEquals(2, h.tokenStart());
        assertEquals(7, h.tokenEnd());
    }

    @Test
    void optionalItemsGapsPrefixesAndExceptions() {
        Phrase p = new Phrase(
                "p",
                List.of(TokenPattern.compile("i|we can not *2 apolog*|help")),
                List.of(TokenPattern.compile("can not help but")));
        assertEquals(1, hits(p, "We can't really help.").size());
        assertEquals(1, hits(p, "I cannot apologise enough.").size());
        assertTrue(hits(p, "I can't help but smile.").isEmpty());
        assertTrue(hits(p, "I can't see how we could really help.").isEmpty(), "gap is bounded at 2 tokens");
        Phrase opt = new Phrase("o", List.of(TokenPattern.compile("please? help")), List.of());
        assertEquals(
                List.of("Please help", "Help"),
                List.of(
                        hits(opt, "Please help.").get(0).text(),
                        hits(opt, "Help is here.").get(0).text()));
    }

    @Test
    void aSentenceTooLongToMatchIsAClearErrorForThatTranscript() {
        org.cxlint.nlp.Token thanks = new org.cxlint.nlp.Token(0, "thanks", "thanks", "thanks", "NNS", 0, 6);
        List<org.cxlint.nlp.Token> tokens = java.util.Collections.nCopies(2_100_000, thanks);
        var turn = new org.cxlint.nlp.AnnotatedTurn(
                new Turn(0, Speaker.AGENT, "thanks ...", null, null),
                0,
                List.of(new org.cxlint.nlp.Sentence(0, 0, 6, tokens)));
        var e = assertThrows(
                org.cxlint.model.UnscorableException.class, () -> new PhraseMatcher(List.of(JOB)).match(List.of(turn)));
        assertTrue(e.getMessage().contains("turn 1 has a sentence of 2100000 tokens"), e.getMessage());
    }

    @Test
    void badPatternsAreRejectedWithTheirText() {
        assertTrue(assertThrows(PatternException.class, () -> TokenPattern.compile("*2 hello"))
                .getMessage()
                .contains("*2 hello"));
        assertTrue(assertThrows(PatternException.class, () -> TokenPattern.compile("a||b"))
                .getMessage()
                .contains("a||b"));
        assertFalse(TokenPattern.compile("a|b c?").source().isEmpty());
    }
}
