package org.cxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Readers record where each turn's text starts in its file; a verbatim position really holds the text. */
class SourcePositionsTest {
    @TempDir
    Path dir;

    private List<Turn> turns(String name, String content) throws Exception {
        Path f = Files.writeString(dir.resolve(name), content);
        ReadResult r = new Ingest(null, RoleResolver.NONE).read(f);
        assertTrue(
                r.errors().isEmpty(),
                r.errors().stream().map(InputException::reason).toList().toString());
        return r.transcripts().stream().flatMap(t -> t.turns().stream()).toList();
    }

    private static void assertAt(Turn t, int line, int column, boolean verbatim) {
        assertEquals(
                new Turn.Position(line, column, verbatim), t.position(), "turn " + (t.index() + 1) + ": " + t.text());
    }

    @Test
    void plainTextWithRangedStampsAndContinuationLines() throws Exception {
        List<Turn> t = turns("call.txt", """
                # id: c1
                [00:04 - 00:09] Agent: Thanks for calling, how can I help?
                [00:10-00:15]   Customer:   My order never came.
                Agent: Let me look
                   into that for you.
                Customer:
                  Thanks.
                """);
        assertAt(t.get(0), 2, 24, true);
        assertAt(t.get(1), 3, 29, true);
        assertAt(t.get(2), 4, 8, false); // joined with the next line: only the start is known
        assertAt(t.get(3), 7, 3, true); // text only on the continuation line
    }

    @Test
    void jsonTurnsAreAtTheirTextValue() throws Exception {
        List<Turn> t = turns("chat.json", """
                {"id": "x", "turns": [
                  {"speaker": "agent", "text": "Hello there"},
                  {"speaker": "customer",
                   "start": 1.5,
                   "text": "Say \\"hi\\" please"}
                ]}
                """);
        assertAt(t.get(0), 2, 33, true);
        assertAt(t.get(1), 5, 13, false); // escapes: the decoded text is not the raw characters
    }

    @Test
    void jsonLinesTurnsAreOnTheirDocumentsLine() throws Exception {
        List<Turn> t = turns("batch.jsonl", """
                {"id": "a", "turns": [{"speaker": "agent", "text": "First one"}, {"speaker": "customer", "text": "Ok"}]}

                {"id": "b", "turns": [{"speaker": "agent", "text": "Second one"}]}
                """);
        assertAt(t.get(0), 1, 53, true);
        assertAt(t.get(1), 1, 99, true);
        assertAt(t.get(2), 3, 53, true);
    }

    @Test
    void csvTurnsAreAtTheirTextCell() throws Exception {
        List<Turn> t = turns("chats.csv", """
                conversation_id,speaker,text
                c1,agent,Hello how can I help
                c1,customer,"Where, exactly, is it?"
                c1,agent,"two
                lines"
                c1,customer,  padded
                """);
        assertAt(t.get(0), 2, 10, true);
        assertAt(t.get(1), 3, 14, true);
        assertAt(t.get(2), 4, 11, false);
        assertAt(t.get(3), 6, 15, true);
    }

    @Test
    void subtitleCuesAreAtTheirTextLine() throws Exception {
        List<Turn> srt = turns("call.srt", """
                1
                00:00:01,000 --> 00:00:03,000
                Agent: Good morning.

                2
                00:00:10,000 --> 00:00:12,000
                Customer: Hi, I have
                a question.
                """);
        assertAt(srt.get(0), 3, 8, true);
        assertAt(srt.get(1), 7, 1, false);
        List<Turn> vtt = turns("call.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                <v Agent>Good morning.</v>

                00:00:03.500 --> 00:00:04.000
                <v Agent>Anything else?

                00:00:10.000 --> 00:00:12.000
                <v Customer>No thanks.
                """);
        assertAt(vtt.get(0), 4, 1, false); // merged with the next cue of the same speaker
        assertEquals("Good morning. Anything else?", vtt.get(0).text());
        assertAt(vtt.get(1), 10, 13, true);
    }

    @Test
    void vendorJsonTurnsAreAtTheirTextValue() throws Exception {
        List<Turn> t = turns("aai.json", """
                {"id": "t1", "status": "completed", "speaker_labels": true,
                 "utterances": [
                   {"speaker": "A", "text": "Thanks for calling.", "start": 0, "end": 1500},
                   {"speaker": "B", "text": "  Hi there  ", "start": 9000, "end": 9900},
                   {"speaker": "A", "text": "Caf\\u00e9 is open.", "start": 20000, "end": 21000}
                 ]}
                """);
        assertAt(t.get(0), 3, 30, true);
        assertAt(t.get(1), 4, 32, true); // the blanks the turn drops are skipped
        assertAt(t.get(2), 5, 30, false); // an escape: only the start is known
    }

    /** Every fixture of a format with lines: each turn has a position, and a verbatim one holds the text. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "json/chat.json",
                "text/call.txt",
                "jsonl/batch.jsonl",
                "webvtt/voice-tags.vtt",
                "webvtt/prefixes.vtt",
                "srt/call.srt",
                "csv/chats.csv",
                "csv/semicolon.csv",
                "assemblyai/call.json",
                "aws-bda/call.json",
                "aws-call-analytics/call.json",
                "aws-transcribe/audio-segments.json",
                "deepgram/utterances.json",
                "deepgram/words-only.json",
                "azure-conversation/chat.json",
                "harper-valley/transcript/fixture01.json",
                "abcd/chats.json",
                "ibm-twitter/conversations.json"
            })
    void fixturesPlaceEveryTurn(String fixture) throws Exception {
        Path p = FormatFixturesTest.FIXTURES.resolve(fixture);
        List<String> lines = Files.readAllLines(p);
        ReadResult r = new Ingest(null, RoleResolver.NONE).read(p);
        assertFalse(r.transcripts().isEmpty());
        int verbatim = 0;
        for (Transcript tr : r.transcripts()) {
            for (Turn t : tr.turns()) {
                Turn.Position at = t.position();
                assertNotNull(at, fixture + " turn " + t.index());
                String line = lines.get(at.line() - 1).replace("\uFEFF", "");
                assertTrue(at.column() <= line.length() + 1, fixture + ": " + at + " past the end of " + line);
                if (at.verbatim()) {
                    assertTrue(line.startsWith(t.text(), at.column() - 1), fixture + ": " + at + " " + t.text());
                    verbatim++;
                }
            }
        }
        // word-level output joins words into turns, so there only the starts are known
        if (!fixture.contains("words-only")) assertTrue(verbatim > 0, fixture + ": no turn placed exactly");
    }
}
