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

    /**
     * The rules' pipeline scored by another scorecard ({@code --scorecard FILE}); the memo key is the rules
     * with that scorecard's text, and the compiled rule base is shared with the rules' own pipeline.
     */
    public static synchronized Linter forRules(RuleFiles files, String scorecardWhere, String scorecardYaml) {
        if (scorecardYaml == null) return forRules(files);
        RuleFiles key = new RuleFiles(files.origin(), files.drl(), files.packs(), scorecardYaml);
        Linter l = CACHE.get(key);
        if (l == null) {
            l = forRules(files).withScorecard(scorecardWhere, scorecardYaml);
            CACHE.put(key, l);
        }
        return l;
    }
}
