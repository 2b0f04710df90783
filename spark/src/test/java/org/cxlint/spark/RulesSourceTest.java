package org.cxlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.cxlint.rules.RuleFiles;
import org.cxlint.rules.RulesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules named with --rules are read on the driver and travel to executors as text, inside the task. */
class RulesSourceTest {
    @Test
    void aRulesDirectoryTravelsAsTextAndKeepsItsIdentity(@TempDir Path tmp) throws Exception {
        RulesSource read = RulesSource.read(Path.of("..", "rules").toString(), new Configuration());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(read);
        }
        RulesSource shipped;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = (RulesSource) in.readObject();
        }
        assertEquals(read.key(), shipped.key());
        assertEquals(RuleFiles.fromDirectory(Path.of("..", "rules")), shipped.files());

        // the same directory through a file: URI (as on a cluster's file system) is the same rules
        RulesSource viaUri = RulesSource.read(
                Path.of("..", "rules").toAbsolutePath().normalize().toUri().toString(), new Configuration());
        assertEquals(read.files().drl(), viaUri.files().drl());

        Path edited = Files.createDirectories(tmp.resolve("rules"));
        for (Path p :
                Files.list(Path.of("..", "rules")).filter(Files::isRegularFile).toList()) {
            Files.copy(p, edited.resolve(p.getFileName()));
        }
        Files.writeString(edited.resolve("extra.drl"), "package x;\n");
        assertNotEquals(
                read.key(),
                RulesSource.read(edited.toString(), new Configuration()).key());
        assertTrue(RulesSource.bundled().isBundled());
    }

    @Test
    void aMissingDirectoryIsReportedOnTheDriver() {
        var e = assertThrows(RulesException.class, () -> RulesSource.read("no/such/rules", new Configuration()));
        assertTrue(e.getMessage().contains("no/such/rules"), e.getMessage());
    }

    /** --rules lays a folder over the bundled rules, as the CLI does: here only one threshold changes. */
    @Test
    void aFolderIsLaidOverTheBundledRules(@TempDir Path tmp) throws Exception {
        Path overlay = Files.createDirectories(tmp.resolve("overlay"));
        Files.writeString(overlay.resolve("settings.yaml"), "timing:\n  holdMinSeconds: 15\n");
        RulesSource laid = RulesSource.read(List.of(overlay.toString()), true, new Configuration());
        RuleFiles bundled = RuleFiles.bundled();
        // the texts are the bundled ones, untouched (keys name where each came from)
        assertEquals(
                List.copyOf(bundled.drl().values()),
                List.copyOf(laid.files().drl().values()));
        assertEquals(
                List.copyOf(bundled.packs().values()),
                List.copyOf(laid.files().packs().values()));
        assertEquals(
                15.0,
                org.cxlint.rules.RuleSettings.parse("laid", laid.files().settings())
                        .facts()
                        .timing()
                        .holdMinSeconds());
        assertEquals(
                org.cxlint.rules.RuleSettings.parse("bundled", bundled.settings())
                        .facts()
                        .timing()
                        .silenceMinSeconds(),
                org.cxlint.rules.RuleSettings.parse("laid", laid.files().settings())
                        .facts()
                        .timing()
                        .silenceMinSeconds());
        assertThrows(RulesException.class, () -> RulesSource.read(List.of(), false, new Configuration()));
    }
}
