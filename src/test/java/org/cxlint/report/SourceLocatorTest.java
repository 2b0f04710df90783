package org.cxlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLocatorTest {
    @Test
    void textTurnsWithStampsHeadersAndContinuationLines(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("t.txt"), """
                # id: x
                [00:01] Agent:   Hello there.
                Customer: hi
                Agent: First line
                   and second line here.
                """);
        SourceLocator loc = SourceLocator.of(f.toString(), "text");
        // turn 1 text is "Hello there." (leading spaces stripped), starting at column 18 of line 2
        assertEquals(new SourceLocator.Region(2, 18, 2, 23), loc.locate(1, 0, 5, "Hello"));
        // turn 3 is "First line and second line here."; "second" is offset 15, on line 5 after 3 spaces of indent
        assertEquals(new SourceLocator.Region(5, 8, 5, 14), loc.locate(3, 15, 21, "second"));
        // no offsets: the whole turn
        assertEquals(new SourceLocator.Region(4, 8, 5, 25), loc.locate(3, null, null, null));
    }

    @Test
    void jsonTextValuesWithEscapes(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("t.json"), """
                {
                  "id": "x",
                  "turns": [
                    {"speaker": "customer", "text": "hi"},
                    {"text": "Say \\"no\\" \\u2019 then stop", "speaker": "agent"}
                  ]
                }
                """);
        SourceLocator loc = SourceLocator.of(f.toString(), "json");
        // decoded turn 2: Say "no" ’ then stop; "then" is offset 11
        String line = Files.readAllLines(f).get(4);
        SourceLocator.Region r = loc.locate(2, 11, 15, "then");
        assertEquals(5, r.startLine());
        assertEquals("then", line.substring(r.startColumn() - 1, r.endColumn() - 1));
    }

    @Test
    void unknownFilesFallBackToQuoteSearchThenLineOne(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("t.csv"), "a,b\nagent,we cannot do that\n");
        assertEquals(new SourceLocator.Region(2, 7, 2, 16), SourceLocator.of(f.toString(), "csv").locate(1, 0, 9, "we cannot"));
        assertEquals(new SourceLocator.Region(1, 1, 1, 1), SourceLocator.of(dir.resolve("gone.txt").toString(), "text")
                .locate(1, 0, 2, "zz"));
    }
}
