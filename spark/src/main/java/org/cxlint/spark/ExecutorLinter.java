package org.cxlint.spark;

import org.cxlint.Linter;
import org.cxlint.Linters;

/**
 * One {@link Linter} per executor JVM: the CoreNLP pipeline and the compiled rule base are built lazily
 * by the first task that needs them and shared by every task (thread) after it. Linter is thread-safe.
 */
final class ExecutorLinter {
    private record Loaded(String key, Linter linter) {}

    private static volatile Loaded loaded;

    private ExecutorLinter() {}

    static Linter get(RulesSource rules) {
        String key = rules.key();
        Loaded l = loaded;
        if (l != null && l.key().equals(key)) return l.linter();
        synchronized (ExecutorLinter.class) {
            l = loaded;
            if (l == null || !l.key().equals(key)) {
                // Linters shares one CoreNLP pipeline between rule sets
                l = new Loaded(key, Linters.forRules(rules.files()));
                loaded = l;
            }
            return l.linter();
        }
    }
}
