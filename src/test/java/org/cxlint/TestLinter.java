package org.cxlint;

import java.nio.file.Path;
import org.cxlint.nlp.Nlp;
import org.cxlint.rules.RuleFiles;

/** One CoreNLP pipeline and one compiled rule base for the whole test JVM: loading takes seconds. */
public final class TestLinter {
    private static Nlp nlp;
    private static Linter linter;

    private TestLinter() {}

    public static synchronized Nlp nlp() {
        if (nlp == null) nlp = new Nlp();
        return nlp;
    }

    /** The repository's rules/, which are also the bundled ones. */
    public static synchronized Linter get() {
        if (linter == null) linter = Linter.load(RuleFiles.fromDirectory(Path.of("rules")), nlp());
        return linter;
    }
}
