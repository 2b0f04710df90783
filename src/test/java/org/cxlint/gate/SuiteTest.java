package org.cxlint.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxlint.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteTest {
    @Test
    void scriptSettingsReplaceSuiteDefaultsFieldByField(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Agent: hi\n");
        Files.writeString(dir.resolve("b.txt"), "Agent: hi\n");
        Files.writeString(dir.resolve(Suite.DEFAULT_FILE), """
                name: demo
                defaults: {minScore: 90, maxSeverity: minor, mustNotFire: [OWN-DEFLECT]}
                scripts:
                  - file: a.txt
                  - file: b.txt
                    minScore: 0
                    mustFire: [OWN-DEFLECT]
                    mustNotFire: []
                """);
        Suite s = Suite.load(dir);
        assertEquals("demo", s.name());
        List<Expectation> e = List.copyOf(s.scripts().values());
        assertEquals(new Expectation(90.0, Severity.MINOR, null, List.of("OWN-DEFLECT")), e.get(0));
        assertEquals(new Expectation(0.0, Severity.MINOR, List.of("OWN-DEFLECT"), List.of()), e.get(1));
    }

    @Test
    void reportsBadFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, "scripts:\n  - file: a.txt\n    maxSeverity: awful\n");
        assertTrue(assertThrows(Suite.SuiteException.class, () -> Suite.load(f))
                .getMessage()
                .contains("unknown severity \"awful\""));
        Files.writeString(f, "version: 2\nscripts:\n  - file: a.txt\n");
        assertTrue(assertThrows(Suite.SuiteException.class, () -> Suite.load(f))
                .getMessage()
                .contains("unsupported version 2"));
        Files.writeString(f, "defaults: {minScore: 80}\n");
        assertTrue(assertThrows(Suite.SuiteException.class, () -> Suite.load(f))
                .getMessage()
                .contains("no \"scripts\""));
    }

    @Test
    void ruleIdsThatAreNotLoadedAreRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Agent: hi\n");
        Files.writeString(dir.resolve(Suite.DEFAULT_FILE), """
                defaults: {mustNotFire: [OWN-DEFLECT]}
                scripts:
                  - file: a.txt
                    mustFire:
                      - OWN-DEFLECTS
                """);
        Suite s = Suite.load(dir);
        s.checkRuleIds(java.util.Set.of("OWN-DEFLECT", "OWN-DEFLECTS"));
        String msg = assertThrows(Suite.SuiteException.class, () -> s.checkRuleIds(java.util.Set.of("OWN-DEFLECT")))
                .getMessage();
        assertTrue(
                msg.startsWith(dir.resolve(Suite.DEFAULT_FILE) + ":5: mustFire names unknown rule \"OWN-DEFLECTS\""),
                msg);
    }

    @Test
    void aMinScoreThatIsNoScoreIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Agent: hi\n");
        for (String bad : java.util.List.of("120", "-1")) {
            Files.writeString(
                    dir.resolve(Suite.DEFAULT_FILE), "scripts:\n  - file: a.txt\n    minScore: " + bad + "\n");
            String msg = assertThrows(Suite.SuiteException.class, () -> Suite.load(dir))
                    .getMessage();
            assertTrue(msg.contains("script a.txt: minScore") && msg.contains("is not a score from 0 to 100"), msg);
        }
        Files.writeString(dir.resolve(Suite.DEFAULT_FILE), "defaults: {minScore: 101}\nscripts:\n  - file: a.txt\n");
        assertTrue(assertThrows(Suite.SuiteException.class, () -> Suite.load(dir))
                .getMessage()
                .contains("defaults: minScore 101.0"));
        // YAML's .nan never gets as far: the parser refuses it with the line
        Files.writeString(dir.resolve(Suite.DEFAULT_FILE), "scripts:\n  - file: a.txt\n    minScore: .nan\n");
        assertTrue(assertThrows(Suite.SuiteException.class, () -> Suite.load(dir))
                .getMessage()
                .contains(":3:"));
        Files.writeString(dir.resolve(Suite.DEFAULT_FILE), "scripts:\n  - file: a.txt\n    minScore: 80\n");
        Suite.load(dir);
    }
}
