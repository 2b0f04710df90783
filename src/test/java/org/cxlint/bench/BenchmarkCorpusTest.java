package org.cxlint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.cxlint.facts.TokenPattern;
import org.cxlint.rules.RuleFiles;
import org.cxlint.rules.RulePack;
import org.junit.jupiter.api.Test;

/** The benchmark's inputs are reproducible; its timings are not tested (they belong to the machine). */
class BenchmarkCorpusTest {
    private static final RuleFiles RULES = RuleFiles.fromDirectory(Path.of("rules"));

    @Test
    void sameSeedSameCorpus() {
        Corpus corpus = new Corpus(RulePack.parse(RULES).rules().values());
        assertEquals(corpus.generate(30, 7), corpus.generate(30, 7));
        assertNotEquals(corpus.generate(30, 7), corpus.generate(30, 8));
    }

    @Test
    void tenfoldRulesHoldTenTimesThePatterns() {
        int base = RulePack.parse(RULES).phrases().stream()
                .mapToInt(p -> p.patterns().size())
                .sum();
        for (boolean distinct : new boolean[] {false, true}) {
            RulePack ten = RulePack.parse(Benchmark.tenfold(RULES, distinct));
            assertEquals(
                    10 * base,
                    ten.phrases().stream().mapToInt(p -> p.patterns().size()).sum());
        }
    }

    @Test
    void renumberingKeepsThePatternSyntax() {
        assertEquals("that7 @be7 not7 my7|our7 job7", Benchmark.renumber("that @be not my|our job", 7));
        assertEquals("^ please7? *2 apolog7*|sorry7", Benchmark.renumber("^ please? *2 apolog*|sorry", 7));
        TokenPattern.compile(Benchmark.renumber("^ please? *2 apolog*|sorry", 7));
        assertEquals("i7 _ sorry7", Benchmark.renumber("i _ sorry", 7));
    }
}
