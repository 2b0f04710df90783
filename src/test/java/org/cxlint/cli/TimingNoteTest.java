package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A turn whose time is not used is named in the report, in text and JSON (issue 15: it used to be silent). */
class TimingNoteTest {
    @TempDir
    Path dir;

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
        assertEquals(0, code);
        return out.toString();
    }

    @Test
    void aBadTimeIsNamedWithItsTurn() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                "{\"id\":\"t\",\"channel\":\"call\",\"turns\":["
                        + "{\"speaker\":\"agent\",\"text\":\"Hello, how can I help?\",\"start\":0,\"end\":2},"
                        + "{\"speaker\":\"customer\",\"text\":\"My bill is wrong.\",\"start\":3,\"end\":1},"
                        + "{\"speaker\":\"agent\",\"text\":\"Let me check that for you.\",\"start\":6,\"end\":8}]}");
        assertTrue(run("score", bad.toString())
                .contains("timing: turn 2: end 1.0 s is before its start 3.0 s; its timing is not used"));
        assertTrue(run("score", bad.toString(), "--format", "json").contains("\"timing\""));
        Path good = dir.resolve("good.json");
        Files.writeString(good, Files.readString(bad).replace("\"end\":1}", "\"end\":5}"));
        assertFalse(run("score", good.toString()).contains("timing:"));
        assertFalse(
                run("score", good.toString(), "--format", "json").contains("\"timing\""),
                "no key when every time is used");
    }
}
