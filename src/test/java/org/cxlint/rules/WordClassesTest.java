package org.cxlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClassesTest {
    private static RuleFiles pack(String yaml) {
        Map<String, String> packs = new LinkedHashMap<>();
        packs.put("a.yaml", "classes:\n  feeling: [frustrat*, \"@upset\", annoying]\n");
        packs.put("b.yaml", yaml);
        return new RuleFiles("test", Map.of(), packs, "");
    }

    @Test
    void aClassOfAnyPackExpandsInPatterns() {
        RulePack p = RulePack.parse(pack("phrases:\n  - id: x\n    patterns: [\"i understand *3 $feeling\"]\n"));
        assertEquals(
                "i understand *3 frustrat*|@upset|annoying",
                p.phrases().get(0).patterns().get(0).toString());
    }

    @Test
    void anUnknownClassOrABadEntryNamesFileAndClass() {
        RulesException e = assertThrows(
                RulesException.class,
                () -> RulePack.parse(pack("phrases:\n  - id: x\n    patterns: [\"i $feelings\"]\n")));
        assertTrue(e.getMessage().contains("b.yaml: phrase x: unknown word class $feelings"), e.getMessage());
        RulesException bad =
                assertThrows(RulesException.class, () -> RulePack.parse(pack("classes:\n  two-words: [\"so sad\"]\n")));
        assertTrue(bad.getMessage().contains("b.yaml: class two-words: \"so sad\" is not one word"), bad.getMessage());
        RulesException dup =
                assertThrows(RulesException.class, () -> RulePack.parse(pack("classes:\n  feeling: [sad]\n")));
        assertTrue(dup.getMessage().contains("also defined in a.yaml"), dup.getMessage());
    }
}
