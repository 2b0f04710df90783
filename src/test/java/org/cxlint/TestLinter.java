package org.cxlint;

import java.nio.file.Path;
import org.cxlint.nlp.Nlp;
import org.cxlint.rules.RuleFiles;

/** The repository's rules/ (also the bundled ones), loaded once per test JVM through the same memo the CLI uses. */
public final class TestLinter {
    private TestLinter() {}

    public static Nlp nlp() {
        return get().nlp();
    }

    public static Linter get() {
        return Linters.forRules(RuleFiles.fromDirectory(Path.of("rules")));
    }
}
