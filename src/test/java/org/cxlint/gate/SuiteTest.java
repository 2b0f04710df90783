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
        assertTrue(assertThrows(Suite.SuiteException.class, () -> Suite.load(f)).getMessage().contains("unknown severity \"awful\""));
        Files.writeString(f, "version: 2\nscripts:\n  - file: a.txt\n");
        assertTrue(assertThrows(Suite.SuiteException.class, () -> Suite.load(f)).getMessage().contains("unsupported version 2"));
        Files.writeString(f, "defaults: {minScore: 80}\n");
        assertTrue(assertThrows(Suite.SuiteException.class, () -> Suite.load(f)).getMessage().contains("no \"scripts\""));
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
        String msg = assertThrows(Suite.SuiteException.class, () -> s.checkRuleIds(java.util.Set.of("OWN-DEFLECT"))).getMessage();
        assertTrue(msg.startsWith(dir.resolve(Suite.DEFAULT_FILE) + ":5: mustFire names unknown rule \"OWN-DEFLECTS\""), msg);
    }
}
