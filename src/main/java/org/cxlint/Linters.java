package org.cxlint;

import java.util.HashMap;
import java.util.Map;
import org.cxlint.nlp.Nlp;
import org.cxlint.rules.RuleFiles;

/**
 * Process-wide memo of loaded pipelines. A CLI run loads once anyway; embedders and the test suite
 * run many commands in one JVM, and CoreNLP plus rule compilation cost seconds each time.
 */
public final class Linters {
    private static final Map<RuleFiles, Linter> CACHE = new HashMap<>();
    private static Nlp nlp;

    private Linters() {}

    public static synchronized Linter forRules(RuleFiles files) {
        Linter l = CACHE.get(files);
        if (l == null) {
            l = nlp == null ? Linter.load(files) : Linter.load(files, nlp);
            nlp = l.nlp();
            CACHE.put(files, l);
        }
        return l;
    }
}
