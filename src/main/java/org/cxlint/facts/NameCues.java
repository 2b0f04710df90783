package org.cxlint.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Sentence;
import org.cxlint.nlp.SocialText;
import org.cxlint.nlp.Token;

/**
 * Where in a sentence a word is someone's name: addressed, introduced, signed. The cue words are settings
 * ({@link FactSettings.Names}); the grammar of an introduction ("my name is", "this is", "I'm") stays code.
 */
final class NameCues {
    /** Splits a team or company name into words: "AppleSupport" gives Apple and Support. */
    private static final java.util.regex.Pattern WORDS =
            java.util.regex.Pattern.compile("[^\\p{L}]+|(?<=\\p{Ll})(?=\\p{Lu})");

    private final FactSettings.Names names;

    NameCues(FactSettings.Names names) {
        this.names = names;
    }

    boolean isTitle(String norm) {
        return names.titles().contains(norm);
    }

    /**
     * Names that are not the customer's, lower case: the agent's (metadata, introduction, sign-off), and the
     * brand's (the team or company, split at capitals: "AppleSupport" gives apple and support).
     */
    Set<String> notCustomer(Transcript t, List<AnnotatedTurn> turns) {
        Set<String> out = new HashSet<>(names.notNames());
        addWords(out, t.metadata().agent());
        addWords(out, t.metadata().team());
        for (AnnotatedTurn at : turns) {
            if (at.turn().speaker() != Speaker.AGENT || at.sentences().isEmpty()) continue;
            List<Sentence> ss = at.sentences();
            List<Token> last = ss.get(ss.size() - 1).tokens();
            int mark = SocialText.signOffStart(last);
            if (mark >= 0)
                for (int i = mark + 1; i < last.size(); i++) out.add(last.get(i).norm());
            for (Sentence s : ss) {
                List<Token> tok = s.tokens();
                for (int i = 0; i < tok.size(); i++)
                    if (selfIntroduced(tok, i) && capitalised(tok.get(i)))
                        out.add(tok.get(i).norm());
            }
        }
        return out;
    }

    private static void addWords(Set<String> out, String text) {
        if (text == null) return;
        for (String w : WORDS.split(text)) if (w.length() >= 2) out.add(w.toLowerCase(Locale.ROOT));
    }

    /** The word at {@code i} follows "my name is", "this is", "I am" / "I'm", "it's": the speaker's own name. */
    boolean selfIntroduced(List<Token> tok, int i) {
        for (int k = i - 1; k >= Math.max(0, i - names.introWindow()); k--) {
            String n = tok.get(k).norm();
            if (n.equals("is") || n.equals("am")) {
                String before = k > 0 ? tok.get(k - 1).norm() : "";
                return before.equals("name") || before.equals("this") || before.equals("i") || before.equals("it");
            }
            if (!names.titles().contains(n) && !n.equals(",")) return false;
        }
        return false;
    }

    /**
     * Whether the word at {@code i} names the person the agent addresses: after an opener ("Hi Priya", "Thanks,
     * Omar!"), as a closing vocative (", Alex." at the end of a sentence), or after a title ("mr smith").
     */
    boolean addressed(List<Token> tok, int i, Set<String> notCustomer) {
        Token w = tok.get(i);
        if (notCustomer.contains(w.norm())
                || names.titles().contains(w.norm())
                || w.norm().length() < 2
                || SocialText.isMarkup(w)) {
            return false;
        }
        String prev = i > 0 ? tok.get(i - 1).norm() : "";
        if (names.titles().contains(prev) || names.titles().contains(prev + "."))
            return isLetters(w.word()) && !prev.isEmpty();
        if (!capitalised(w) || !endsAddress(tok, i)) return false;
        int k = i - 1;
        boolean comma = k >= 0 && tok.get(k).word().equals(",");
        if (comma) k--;
        boolean opener = k >= 0
                && (names.openers().contains(tok.get(k).norm())
                        || (tok.get(k).norm().equals("you")
                                && k > 0
                                && tok.get(k - 1).norm().equals("thank")));
        boolean closing = comma && k >= 0;
        if (!opener && !closing) return false;
        // the tagger last: only a capitalised word in an addressing position gets this far
        return w.pos().startsWith("NNP");
    }

    /** The name is followed by punctuation, a second name part, markup or the end of the sentence. */
    private static boolean endsAddress(List<Token> tok, int i) {
        int j = i + 1;
        if (j < tok.size() && capitalised(tok.get(j)) && isLetters(tok.get(j).word())) j++;
        if (j >= tok.size()) return true;
        Token next = tok.get(j);
        if (SocialText.isMarkup(next)) return true;
        String n = next.word();
        return n.equals(",")
                || n.equals(".")
                || n.equals("!")
                || n.equals("?")
                || n.equals(":")
                || n.equals("-")
                || n.equals(";")
                || n.equals("...");
    }

    static boolean capitalised(Token t) {
        String w = t.word();
        return w.length() >= 2
                && Character.isUpperCase(w.charAt(0))
                && isLetters(w)
                && !w.equals(w.toUpperCase(Locale.ROOT));
    }

    private static boolean isLetters(String w) {
        for (int i = 0; i < w.length(); i++)
            if (!Character.isLetter(w.charAt(i)) && w.charAt(i) != '\'' && w.charAt(i) != '-') return false;
        return !w.isEmpty();
    }

    /**
     * A name the customer gives themselves: "my name is Dana Ortiz", "this is Dana", "I'm Dana", or a sign-off
     * at the end of their post ("- Dana", "Regards, Dana"). Null if none.
     */
    String fromCustomer(List<AnnotatedTurn> turns, Set<String> notCustomer) {
        for (AnnotatedTurn at : turns) {
            if (at.turn().speaker() != Speaker.CUSTOMER) continue;
            for (Sentence s : at.sentences()) {
                List<Token> tok = s.tokens();
                for (int i = 0; i < tok.size(); i++) {
                    Token w = tok.get(i);
                    if (selfIntroduced(tok, i)
                            && capitalised(w)
                            && !notCustomer.contains(w.norm())
                            && w.pos().startsWith("NNP")) {
                        return w.word();
                    }
                }
            }
            List<Sentence> ss = at.sentences();
            if (ss.isEmpty()) continue;
            List<Token> last = ss.get(ss.size() - 1).tokens();
            int mark = SocialText.signOffStart(last);
            if (mark >= 0
                    && mark + 1 < last.size()
                    && capitalised(last.get(mark + 1))
                    && !notCustomer.contains(last.get(mark + 1).norm())) {
                return last.get(mark + 1).word();
            }
        }
        return null;
    }
}
