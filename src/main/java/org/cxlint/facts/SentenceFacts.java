package org.cxlint.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cxlint.model.Speaker;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Sentence;
import org.cxlint.nlp.Token;

/** Facts read off sentence shape rather than phrases: questions, verbatim repeats, shouting. */
final class SentenceFacts {
    private SentenceFacts() {}

    static void derive(List<AnnotatedTurn> turns, FactSettings.Sentences limits, Consumer<Object> out) {
        Map<String, Integer> agentSentences = new HashMap<>();
        for (AnnotatedTurn at : turns) {
            Speaker who = at.turn().speaker();
            int index = at.turn().index();
            for (Sentence s : at.sentences()) {
                List<Token> tokens = s.tokens();
                if (tokens.get(tokens.size() - 1).word().equals("?"))
                    out.accept(new Question(who, index, at.agentOrdinal(), s.index()));
                if (who != Speaker.AGENT) continue;
                List<String> words = new java.util.ArrayList<>(tokens.size());
                for (Token t : tokens) if (isWord(t)) words.add(t.norm());
                if (words.size() < limits.repeatedMinWords()) continue;
                String key = String.join(" ", words);
                Integer first = agentSentences.putIfAbsent(key, index);
                if (first != null && first != index) {
                    out.accept(new RepeatedSentence(
                            index, first, s.begin(), s.end(), at.turn().text().substring(s.begin(), s.end())));
                }
            }
            if (shouting(at, limits)) out.accept(new Shouting(who, index));
        }
    }

    private static boolean shouting(AnnotatedTurn at, FactSettings.Sentences limits) {
        int words = 0;
        int caps = 0;
        for (Sentence s : at.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.word();
                if (w.length() < 2) continue;
                boolean upper = true;
                boolean letters = true;
                for (int i = 0; i < w.length() && letters; i++) {
                    char ch = w.charAt(i);
                    letters = Character.isLetter(ch);
                    // a letter with no case (CJK, say) counts as upper, as toUpperCase would leave it alone
                    upper &= !Character.isLowerCase(ch);
                }
                if (!letters) continue;
                words++;
                if (w.length() >= 3 && upper) caps++;
            }
        }
        return caps >= limits.shoutingMinWords() && caps >= limits.shoutingMinShare() * words;
    }

    static boolean isWord(Token t) {
        String w = t.word();
        for (int i = 0; i < w.length(); i++) if (Character.isLetterOrDigit(w.charAt(i))) return true;
        return false;
    }
}
