package org.cxlint.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.facts.PatternException;

/**
 * Named word classes shared by every pack ({@code classes: {feeling: [frustrat*, "@upset", annoy*]}}). A pattern
 * item {@code $feeling} stands for any of the class's words, so a frame such as
 * {@code "i|we $understand *3 $feeling"} is written once instead of as one string per wording.
 */
final class WordClasses {
    private static final Pattern REF = Pattern.compile("\\$([a-z][a-z0-9-]*)");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final Map<String, String> alternatives;

    private WordClasses(Map<String, String> alternatives) {
        this.alternatives = alternatives;
    }

    static WordClasses collect(RuleFiles files, Map<String, RulePack.PackDoc> docs) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (var e : docs.entrySet()) {
            if (e.getValue() == null || e.getValue().classes() == null) continue;
            for (var c : e.getValue().classes().entrySet()) {
                String where = files.where(e.getKey()) + ": class " + c.getKey();
                if (!NAME.matcher(c.getKey()).matches())
                    throw new RulesException(where + ": a class name is lower-case letters, digits and '-'");
                if (c.getValue() == null || c.getValue().isEmpty())
                    throw new RulesException(where + ": lists no words");
                for (String w : c.getValue()) {
                    if (w == null || w.isBlank() || w.contains(" ") || w.contains("$") || w.endsWith("?")) {
                        throw new RulesException(where + ": \"" + w + "\" is not one word, @lemma or prefix*");
                    }
                }
                String prev = fileOf.putIfAbsent(c.getKey(), e.getKey());
                if (prev != null) throw new RulesException(where + ": also defined in " + prev);
                out.put(c.getKey(), String.join("|", c.getValue()));
            }
        }
        return new WordClasses(out);
    }

    List<String> expand(List<String> patterns) {
        if (patterns == null) return null;
        List<String> out = new ArrayList<>(patterns.size());
        for (String p : patterns) out.add(expand(p));
        return out;
    }

    String expand(String pattern) {
        if (pattern == null || pattern.indexOf('$') < 0) return pattern;
        Matcher m = REF.matcher(pattern);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String alts = alternatives.get(m.group(1));
            if (alts == null)
                throw new PatternException("unknown word class $" + m.group(1) + " in \"" + pattern + "\"");
            m.appendReplacement(b, Matcher.quoteReplacement(alts));
        }
        m.appendTail(b);
        return b.toString();
    }
}
