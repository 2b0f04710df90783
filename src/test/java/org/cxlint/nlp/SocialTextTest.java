package org.cxlint.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SocialTextTest {
    private static Token tok(String w) {
        return new Token(
                0, w, w.toLowerCase(java.util.Locale.ROOT), w.toLowerCase(java.util.Locale.ROOT), "NN", 0, w.length());
    }

    private static List<Token> tokens(String... words) {
        List<Token> out = new ArrayList<>();
        for (String w : words) out.add(tok(w));
        return out;
    }

    @Test
    void markupIsRecognised() {
        for (String w :
                List.of("@jdoe42", "#help", "https://t.co/abc", "www.example.com", "1/2", "(2/2)", "😀", "👍🏽")) {
            assertTrue(SocialText.isMarkup(tok(w)), w);
        }
        for (String w : List.of("@", "#", "hello", "3/1", "24/7", "2020/04", ":", "-", "Priya")) {
            assertFalse(SocialText.isMarkup(tok(w)), w);
        }
    }

    @Test
    void signOffsAreFoundAtTheEndOfAPost() {
        assertEquals(3, SocialText.signOffStart(tokens("we", "will", "help", "^", "MM")));
        assertEquals(2, SocialText.signOffStart(tokens("thanks", "!", "*", "TKR")));
        assertEquals(2, SocialText.signOffStart(tokens("thanks", "!", "-", "Matt")));
        assertEquals(2, SocialText.signOffStart(tokens("thanks", "!", "-", "Kate", "B", "https://t.co/x")));
        assertEquals(-1, SocialText.signOffStart(tokens("try", "the", "app", "-", "it", "works")));
        assertEquals(-1, SocialText.signOffStart(tokens("thanks", "Matt")));
    }
}
