package org.cxlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.TestLinter;
import org.junit.jupiter.api.Test;

/** The catalogue step of `cxlint rules test`: the same story as PrincipleCatalogueTest, told to a user. */
class CatalogueCheckTest {
    private static PrincipleCatalogue catalogue() throws IOException {
        return PrincipleCatalogue.parse("seeds/principles.yaml", Files.readString(Path.of("seeds/principles.yaml")));
    }

    private static RuleDef rule(String id, String principle) {
        return new RuleDef(id, principle, "ownership", Severity.MINOR, "m", null, null, null, null, null);
    }

    @Test
    void theRepositorysRulesAndCatalogueAgree() throws IOException {
        assertEquals(
                List.of(),
                CatalogueCheck.problems(catalogue(), TestLinter.get().rules().values(), true));
        assertEquals(
                List.of(),
                CatalogueCheck.problems(
                        PrincipleCatalogue.bundled(), TestLinter.get().rules().values(), true));
    }

    @Test
    void aTeamsOwnRulesNeedACataloguedCheckablePrincipleOnly() throws IOException {
        PrincipleCatalogue c = catalogue();
        String checkable = c.principles().stream()
                .filter(PrincipleCatalogue.Principle::checkable)
                .findFirst()
                .orElseThrow()
                .id();
        String notCheckable = c.principles().stream()
                .filter(p -> !p.checkable())
                .findFirst()
                .orElseThrow()
                .id();
        assertEquals(List.of(), CatalogueCheck.problems(c, List.of(rule("TEAM-A", checkable)), false));
        assertEquals(
                List.of(
                        "TEAM-B checks principle no-such-principle, which the catalogue does not list",
                        "TEAM-C checks " + notCheckable + ", which the catalogue marks not checkable"),
                CatalogueCheck.problems(
                        c, List.of(rule("TEAM-B", "no-such-principle"), rule("TEAM-C", notCheckable)), false));
    }

    @Test
    void aCompleteSetMustBeListedExactlyAndCoverEveryCheckablePrinciple() throws IOException {
        PrincipleCatalogue c = catalogue();
        // which rules check a principle comes from the rules themselves: a set without a principle's only rule
        // leaves that principle unchecked
        List<RuleDef> rules = new ArrayList<>(TestLinter.get().rules().values());
        RuleDef dropped = rules.stream()
                .filter(r -> TestLinter.get().rules().values().stream()
                                .filter(o -> o.principle().equals(r.principle()))
                                .count()
                        == 1)
                .findFirst()
                .orElseThrow();
        rules.remove(dropped);
        assertEquals(
                List.of("checkable principle " + dropped.principle() + " has no rule"),
                CatalogueCheck.problems(c, rules, true));

        PrincipleCatalogue broken = new PrincipleCatalogue(
                c.version(),
                c.articles(),
                List.of(
                        new PrincipleCatalogue.Principle(
                                "p",
                                "f",
                                "t",
                                "s",
                                List.of(new PrincipleCatalogue.Source("A9", "1")),
                                false,
                                null,
                                List.of()),
                        new PrincipleCatalogue.Principle("p", "f", "t", "s", List.of(), true, null, List.of())));
        assertEquals(
                List.of(
                        "principle p cites unknown article A9",
                        "principle p is not checkable but gives no reason",
                        "principle p is catalogued twice",
                        "principle p cites no article",
                        "TEAM-D checks p, which the catalogue marks not checkable"),
                CatalogueCheck.problems(broken, List.of(rule("TEAM-D", "p")), true));
    }
}
