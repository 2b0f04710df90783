package org.cxlint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelFileTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path p = dir.resolve("labels.jsonl");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsLabelsSkippingCommentsAndBlankLines() throws IOException {
        List<Label> labels =
                LabelFile.read(write("# reviewer A\n\n{\"source\": \"a.json\", \"conversation\": 42, \"turn\": 1, "
                        + "\"breaks\": [\"refusal\"], \"honours\": [\"apology\"], \"note\": \"why\"}\n"));
        assertEquals(1, labels.size());
        Label l = labels.get(0);
        assertEquals("42", l.conversation());
        assertEquals(1, l.turn());
        assertEquals(List.of("refusal"), l.breaks());
        assertEquals(List.of("apology"), l.honours());
        assertEquals(3, l.line());
        assertEquals("a.json#42", l.conversationKey());
    }

    @Test
    void badLinesNameFileLineAndReason() throws IOException {
        assertMessage(
                "{\"conversation\": \"x\", \"turn\": 0, \"colour\": 1}\n", "labels.jsonl:1: unknown field \"colour\"");
        assertMessage("{\"turn\": 0}\n", "labels.jsonl:1: \"conversation\"");
        assertMessage("{\"conversation\": \"x\", \"turn\": -1}\n", "labels.jsonl:1: \"turn\" must be");
        assertMessage("{\"conversation\": \"x\", \"turn\": 1.5}\n", "labels.jsonl:1: \"turn\" must be");
        assertMessage("{\"conversation\": \"x\", \"turn\": 0, \"breaks\": \"refusal\"}\n", "\"breaks\" must be a list");
        assertMessage("not json\n", "labels.jsonl:1: not a JSON object");
        assertMessage(
                "{\"conversation\": \"x\", \"turn\": 0}\n{\"conversation\": \"x\", \"turn\": 0}\n",
                "labels.jsonl:2: conversation x turn 0 is labelled twice");
        assertMessage("# nothing\n", "no labels");
    }

    private void assertMessage(String text, String expected) throws IOException {
        EvalException e = assertThrows(EvalException.class, () -> LabelFile.read(write(text)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
