package org.cxlint.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Sentence;
import org.cxlint.nlp.Token;

/** Whether the customer's name is known, and where the agent used it. */
final class NameFacts {
    /** Words people say after "I'm" that the tagger may read as names. */
    private static final Set<String> NOT_NAMES = Set.of("sorry", "okay", "ok", "fine", "good", "great", "calling",
            "here", "just", "so", "not", "still", "trying", "having", "looking", "back", "done");

    private NameFacts() {}

    static void derive(Transcript t, List<AnnotatedTurn> turns, Consumer<Object> out) {
        CustomerName name = t.metadata().customer() != null && !t.metadata().customer().isBlank()
                ? new CustomerName(t.metadata().customer().strip(), "metadata")
                : introduced(turns);
        if (name == null) return;
        out.accept(name);
        List<String> parts = new ArrayList<>();
        for (String p : name.name().split("[\\s,]+")) if (p.length() >= 2 && Character.isUpperCase(p.charAt(0))) parts.add(p);
        for (AnnotatedTurn at : turns) {
            if (at.turn().speaker() != Speaker.AGENT) continue;
            for (Sentence s : at.sentences()) {
                for (Token tok : s.tokens()) {
                    if (parts.contains(tok.word())) {
                        out.accept(new NameMention(at.turn().index(), tok.begin(), tok.end(), tok.word()));
                    }
                }
            }
        }
    }

    /** "my name is Dana Ortiz", "this is Dana", "I'm Dana" in a customer turn. */
    private static CustomerName introduced(List<AnnotatedTurn> turns) {
        for (AnnotatedTurn at : turns) {
            if (at.turn().speaker() != Speaker.CUSTOMER) continue;
            for (Sentence s : at.sentences()) {
                List<Token> tok = s.tokens();
                for (int i = 0; i + 1 < tok.size(); i++) {
                    int nameAt = -1;
                    if (i + 2 < tok.size() && tok.get(i).norm().equals("my") && tok.get(i + 1).norm().equals("name")
                            && tok.get(i + 2).couldHaveLemma("be", false) && tok.get(i + 2).lemma().equals("be")) nameAt = i + 3;
                    else if (tok.get(i).norm().equals("this") && tok.get(i + 1).norm().equals("is")) nameAt = i + 2;
                    else if (tok.get(i).norm().equals("i") && tok.get(i + 1).norm().equals("am")) nameAt = i + 2;
                    if (nameAt < 0) continue;
                    String n = properNoun(tok, nameAt);
                    if (n != null) return new CustomerName(n, "introduction");
                }
            }
        }
        return null;
    }

    private static String properNoun(List<Token> tok, int at) {
        StringBuilder sb = new StringBuilder();
        for (int i = at; i < tok.size() && i < at + 3; i++) {
            Token t = tok.get(i);
            // the part of speech last: asking for it tags the sentence
            if (NOT_NAMES.contains(t.norm()) || !Character.isUpperCase(t.word().charAt(0)) || !t.pos().startsWith("NNP")) break;
            sb.append(sb.isEmpty() ? "" : " ").append(t.word());
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
