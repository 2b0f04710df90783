package org.cxlint.facts;

import java.util.List;
import java.util.Set;
import org.cxlint.nlp.Token;

/**
 * Decides whether a match is the speaker's own statement. Looks back from the match to the start
 * of its clause (a comma, semicolon, "but"... or the sentence start, at most {@value #SCOPE} tokens).
 */
final class HitContext {
    static final int SCOPE = 8;
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "--", "-", "but", "because", "and", "so", "(", ")");
    private static final Set<String> NEGATORS = Set.of("not", "never", "no", "nobody", "neither", "nor");
    private static final Set<String> CONDITIONALS = Set.of("if", "suppose", "supposing", "imagine", "unless", "pretend", "whether");
    private static final Set<String> REPORTING = Set.of("say", "tell", "claim", "write", "mention", "call");
    private static final Set<String> OTHER_SUBJECTS = Set.of("you", "he", "she", "they", "someone", "somebody",
            "people", "it", "who", "sign", "website", "site", "email", "letter", "customer", "manager", "guy", "lady",
            "agent", "rep", "representative", "colleague", "person", "staff", "store");

    private HitContext() {}

    static int scopeStart(List<Token> tokens, int start) {
        int i = start;
        while (i > 0 && start - i < SCOPE && !BOUNDARIES.contains(tokens.get(i - 1).norm())) i--;
        return i;
    }

    static boolean negated(List<Token> tokens, int start) {
        for (int i = scopeStart(tokens, start); i < start; i++) {
            String n = tokens.get(i).norm();
            // a sentence-initial "No" is an answer, not negation of what follows
            if (NEGATORS.contains(n) && !(n.equals("no") && i == 0)) return true;
        }
        return false;
    }

    static boolean hypothetical(List<Token> tokens, int start) {
        for (int i = scopeStart(tokens, start); i < start; i++) {
            if (CONDITIONALS.contains(tokens.get(i).norm())) return true;
            if (tokens.get(i).norm().equals("what") && i + 1 < start && tokens.get(i + 1).norm().equals("if")) return true;
        }
        return false;
    }

    /** Inside quotation marks in the turn, or reported speech ("you said ..."). */
    static boolean quoted(String turnText, List<Token> tokens, int start, int charStart) {
        return insideQuotes(turnText, charStart) || reported(tokens, start);
    }

    private static boolean reported(List<Token> tokens, int start) {
        for (int i = scopeStart(tokens, start); i < start; i++) {
            if (!couldReport(tokens.get(i)) || !REPORTING.contains(tokens.get(i).lemma())) continue;
            for (int s = Math.max(0, i - 3); s < i; s++) {
                if (OTHER_SUBJECTS.contains(tokens.get(s).norm())) return true;
            }
        }
        return false;
    }

    /** Whether the word could be a reporting verb, without tagging its sentence. */
    private static boolean couldReport(Token t) {
        for (int k = 0; k < t.possibleLemmaCount(); k++) if (REPORTING.contains(t.possibleLemma(k))) return true;
        return false;
    }

    static boolean insideQuotes(String text, int charStart) {
        boolean inDouble = false;
        boolean inSingle = false;
        for (int i = 0; i < charStart && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inDouble = !inDouble;
            } else if (c == '\'') {
                boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
                boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
                if (!letterBefore && letterAfter) inSingle = true;
                else if (letterBefore && !letterAfter) inSingle = false;
            }
        }
        return inDouble || inSingle;
    }
}
