package org.cxlint.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cxlint.TestLinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NormalisationTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I can't help.",
                "I can not help.",
                "I cannot help.",
                "I can\u2019t help.",
                "I CAN'T help.",
                "I cant help.",
                "I CANT help."
            })
    void everySpellingOfCannotReadsAsCanNot(String text) {
        List<Sentence> s = TestLinter.nlp().sentences(text);
        assertEquals(
                List.of("i", "can", "not", "help", "."),
                s.get(0).tokens().stream().map(Token::norm).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"That's not my job.", "That\u2019s not my job.", "That is not my job."})
    void contractionsOfBeShareTheLemma(String text) {
        List<Token> t = TestLinter.nlp().sentences(text).get(0).tokens();
        assertEquals("be", t.get(1).lemma());
    }

    @ParameterizedTest
    @ValueSource(strings = {"We won't do that.", "We will not do that.", "We won\u2019t do that.", "We wont do that."})
    void wontReadsAsWillNot(String text) {
        List<Token> t = TestLinter.nlp().sentences(text).get(0).tokens();
        assertEquals(
                List.of("we", "will", "not"),
                t.subList(0, 3).stream().map(Token::norm).toList());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "It isnt working.|is not",
                "We havent heard back.|have not",
                "That wasnt right.|was not",
                "You couldnt know.|could not",
                "It doesnt matter.|does not",
            })
    void negativesTypedWithoutAnApostropheSplitLikeTheirApostropheSpelling(String text, String expected) {
        List<Token> t = TestLinter.nlp().sentences(text).get(0).tokens();
        assertEquals(expected, t.get(1).norm() + " " + t.get(2).norm());
        assertEquals("not", t.get(2).lemma());
        for (Token tok : t) assertEquals(tok.word(), text.substring(tok.begin(), tok.end()), "offsets of " + tok);
        assertEquals(
                java.util.stream.IntStream.range(0, t.size()).boxed().toList(),
                t.stream().map(Token::index).toList());
    }

    @org.junit.jupiter.api.Test
    void aSentenceWithASplitContractionIsTaggedWithTheRestAligned() {
        List<Token> t = TestLinter.nlp()
                .sentences("Sadly I cant refund the charged fee.")
                .get(0)
                .tokens();
        assertEquals(
                List.of("sadly", "i", "can", "not", "refund", "the", "charged", "fee", "."),
                t.stream().map(Token::norm).toList());
        assertEquals("MD", t.get(2).pos());
        assertEquals("RB", t.get(3).pos());
        assertEquals("refund", t.get(4).lemma());
        assertEquals("NN", t.get(7).pos());
        assertEquals("fee", t.get(7).lemma());
    }

    @org.junit.jupiter.api.Test
    void offsetsPointIntoTheOriginalTextEvenWithCurlyQuotes() {
        String text = "Well \u201cour policy\u201d isn\u2019t mine.";
        for (Token tok : TestLinter.nlp().sentences(text).get(0).tokens()) {
            assertEquals(
                    TokenNormalizer.straightenQuotes(tok.word()),
                    TokenNormalizer.straightenQuotes(text.substring(tok.begin(), tok.end())),
                    tok.toString());
        }
    }
}
