package org.cxlint.rules;

import java.util.Locale;
import java.util.Set;

/**
 * A rule's suggestion applied to the sentence it flagged. {@code sentence} is the whole rewritten
 * sentence, which replaces turn text [{@code begin}, {@code end}).
 *
 * <p>Templates: {@code {match}} is the flagged words; {@code {rest}} the words after them to the end of
 * the sentence (which the template then replaces too; when nothing follows and the template has no
 * {@code {match}}, the clause before the match stands in). A template with neither replaces the whole sentence.
 */
public record Rewrite(String sentence, int begin, int end) {
    private static final Set<String> DANGLING =
            Set.of("it", "is", "'s", "that", "this", "because", "as", "which", "was", "but", "and", "so");

    public static Rewrite apply(
            String template, String turnText, int sentenceBegin, int sentenceEnd, int matchBegin, int matchEnd) {
        boolean hasMatch = template.contains("{match}");
        boolean hasRest = template.contains("{rest}");
        int replaceBegin = matchBegin;
        int replaceEnd = hasRest ? sentenceEnd : matchEnd;
        String rest = hasRest ? trimRest(turnText.substring(matchEnd, sentenceEnd)) : "";
        if (!hasMatch && !hasRest) {
            replaceBegin = sentenceBegin;
            replaceEnd = sentenceEnd;
        } else if (hasRest && !hasMatch && rest.isEmpty()) {
            String before = trimBefore(turnText.substring(sentenceBegin, matchBegin));
            if (before.split("\\s+").length >= 3) rest = lowerFirst(before);
            replaceBegin = sentenceBegin;
        }
        String filled = template.replace("{match}", turnText.substring(matchBegin, matchEnd))
                .replace("{rest}", rest);
        if (replaceBegin > sentenceBegin) filled = lowerFirst(filled);
        String sentence = tidy(
                turnText.substring(sentenceBegin, replaceBegin) + filled + turnText.substring(replaceEnd, sentenceEnd));
        return new Rewrite(sentence, sentenceBegin, sentenceEnd);
    }

    /** The words after the match, without the joining comma or the closing punctuation the template supplies. */
    private static String trimRest(String rest) {
        String r = rest.strip();
        while (!r.isEmpty() && ",:;".indexOf(r.charAt(0)) >= 0)
            r = r.substring(1).strip();
        while (!r.isEmpty() && ".!?".indexOf(r.charAt(r.length() - 1)) >= 0) r = r.substring(0, r.length() - 1);
        return r.strip();
    }

    /** "I can't reset it here, it is" -> "I can't reset it here": drops the words that only led into the match. */
    private static String trimBefore(String before) {
        String b = before.strip();
        while (true) {
            while (!b.isEmpty() && ",;:-".indexOf(b.charAt(b.length() - 1)) >= 0)
                b = b.substring(0, b.length() - 1).strip();
            int space = Math.max(b.lastIndexOf(' '), b.lastIndexOf('\''));
            String last = b.substring(space + 1).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (b.isEmpty() || !(DANGLING.contains(last) || DANGLING.contains("'" + last))) return b;
            b = b.substring(0, Math.max(space, 0)).strip();
        }
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || s.startsWith("I ") || s.startsWith("I'") || s.startsWith("I\u2019")) return s;
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /** Templates with an empty part leave gaps before punctuation ("that , but"); close them. */
    private static String tidy(String s) {
        String t = SPACES.matcher(s).replaceAll(" ");
        t = SPACE_BEFORE_STOP.matcher(t).replaceAll("$1");
        t = STOP_AFTER_COMMA.matcher(t).replaceAll("$2");
        return DOUBLE_STOP.matcher(t).replaceAll(".");
    }

    // compiled once: a report with many findings tidies a rewrite for each
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" {2,}");
    private static final java.util.regex.Pattern SPACE_BEFORE_STOP = java.util.regex.Pattern.compile(" ([,.;:!?])");
    private static final java.util.regex.Pattern STOP_AFTER_COMMA = java.util.regex.Pattern.compile("([,;:])([.!?])");
    private static final java.util.regex.Pattern DOUBLE_STOP = java.util.regex.Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");
}
