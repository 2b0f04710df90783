package org.cxlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cxlint.rules.PrincipleCatalogue;
import org.cxlint.rules.RuleFiles;
import org.cxlint.rules.RulePack;
import org.junit.jupiter.api.Test;

/**
 * docs/rules/ holds one page per bundled rule, as SarifRuleDocs generates it (SARIF's helpUri points there).
 * After a rule change, regenerate with {@code mvn test -Dtest=RuleDocsTest -Dcxlint.updateRuleDocs=true}.
 */
class RuleDocsTest {
    private static final Path DOCS = Path.of("docs/rules");
    private static final boolean UPDATE = Boolean.getBoolean("cxlint.updateRuleDocs");

    @Test
    void everyRuleHasAnUpToDatePage() throws IOException {
        RulePack pack = RulePack.parse(RuleFiles.bundled());
        Map<String, String> pages = SarifRuleDocs.pages(pack.rules().values(), PrincipleCatalogue.bundled());
        if (UPDATE) {
            Files.createDirectories(DOCS);
            try (Stream<Path> old = Files.list(DOCS)) {
                for (Path p : old.filter(p -> p.toString().endsWith(".md")).toList()) Files.delete(p);
            }
            for (var e : pages.entrySet())
                Files.writeString(DOCS.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        Set<String> committed;
        try (Stream<Path> files = Files.list(DOCS)) {
            committed = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(
                new TreeSet<>(pages.keySet()),
                committed,
                "docs/rules/ has pages for other rules; run with -Dcxlint.updateRuleDocs=true");
        for (var e : pages.entrySet()) {
            assertEquals(
                    e.getValue(),
                    Files.readString(DOCS.resolve(e.getKey()), StandardCharsets.UTF_8),
                    "docs/rules/" + e.getKey()
                            + " is stale; run with -Dcxlint.updateRuleDocs=true and review the diff");
        }
    }

    @Test
    void aPageSaysWhatTheRuleAndItsPrincipleSay() {
        RulePack pack = RulePack.parse(RuleFiles.bundled());
        PrincipleCatalogue catalogue = PrincipleCatalogue.bundled();
        var rule = pack.rules().get("OWN-DEFLECT");
        String page = SarifRuleDocs.pages(pack.rules().values(), catalogue).get("OWN-DEFLECT.md");
        var principle = catalogue.principle(rule.principle()).orElseThrow();
        assertTrue(page.contains(rule.message().strip()), page);
        assertTrue(page.contains(SarifRenderer.template(rule.rewrite())), page);
        assertTrue(page.contains(principle.title()), page);
        String article = catalogue
                .article(principle.sources().get(0).article())
                .orElseThrow()
                .title();
        assertTrue(page.contains(article), page);
        assertTrue(
                page.contains(rule.examples().flag().get(0).strip())
                        && page.contains(rule.examples().pass().get(0).strip()),
                page);
    }
}
