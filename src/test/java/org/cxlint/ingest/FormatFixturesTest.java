package org.cxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cxlint.model.Roles;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One fixture (or more) per format, written for these tests, in src/test/resources/ingest/FORMAT/. */
class FormatFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/ingest");

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("json/chat.json", "json"),
                Arguments.of("text/call.txt", "text"),
                Arguments.of("jsonl/batch.jsonl", "jsonl"),
                Arguments.of("jsonl/bad-line.jsonl", "jsonl"),
                Arguments.of("aws-call-analytics/call.json", "aws-call-analytics"),
                Arguments.of("aws-transcribe/speaker-labels.json", "aws-transcribe"),
                Arguments.of("aws-transcribe/audio-segments.json", "aws-transcribe"),
                Arguments.of("aws-transcribe/no-speakers.json", "aws-transcribe"),
                Arguments.of("aws-bda/call.json", "aws-bda"),
                Arguments.of("deepgram/utterances.json", "deepgram"),
                Arguments.of("deepgram/words-only.json", "deepgram"),
                Arguments.of("assemblyai/call.json", "assemblyai"),
                Arguments.of("azure-conversation/chat.json", "azure-conversation"),
                Arguments.of("harper-valley/transcript/fixture01.json", "harper-valley"),
                Arguments.of("harper-valley/metadata/fixture01.json", "harper-valley-metadata"),
                Arguments.of("abcd/chats.json", "abcd"),
                Arguments.of("ibm-twitter/conversations.json", "ibm-twitter"),
                Arguments.of("webvtt/voice-tags.vtt", "webvtt"),
                Arguments.of("webvtt/prefixes.vtt", "webvtt"),
                Arguments.of("webvtt/no-speakers.vtt", "webvtt"),
                Arguments.of("srt/call.srt", "srt"),
                Arguments.of("csv/chats.csv", "csv"),
                Arguments.of("csv/semicolon.csv", "csv"));
    }

    @ParameterizedTest(name = "{0} is detected as {1}")
    @MethodSource("fixtures")
    void detectedAsItsFormat(String fixture, String format) throws InputException {
        Path p = FIXTURES.resolve(fixture);
        String content = SourceText.read(p).text();
        assertEquals(format, Readers.detect(p.toString(), content).name());
        if (content.stripLeading().startsWith("{") || content.stripLeading().startsWith("[")) {
            // JSON shapes must be specific: no other JSON format may claim the file
            Probe probe = new Probe(content);
            List<String> claims = Readers.all().stream()
                    .filter(r -> r.sniff(probe))
                    .map(TranscriptReader::name)
                    .toList();
            assertEquals(List.of(format), claims);
        }
    }

    /** Every sample the README's quickstart scores is detected and read cleanly. */
    @Test
    void everySampleReadsCleanly() throws IOException, InputException {
        try (Stream<Path> walk = Files.walk(Path.of("samples"))) {
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().contains(".report.")
                            && Readers.accepts(f.getFileName().toString()))
                    .toList()) {
                ReadResult r = new Ingest(null, RoleResolver.NONE).read(p);
                assertTrue(
                        r.errors().isEmpty(),
                        p + ": "
                                + r.errors().stream()
                                        .map(InputException::reason)
                                        .toList());
                for (Transcript t : r.transcripts()) {
                    assertTrue(!t.roles().low(), p + ": roles inferred with low confidence " + t.roles());
                }
            }
        }
    }

    private static ReadResult read(String fixture) throws InputException {
        return new Ingest(null, RoleResolver.NONE).read(FIXTURES.resolve(fixture));
    }

    private static Transcript one(String fixture) throws InputException {
        ReadResult r = read(fixture);
        assertTrue(
                r.errors().isEmpty(),
                r.errors().stream().map(InputException::reason).toList().toString());
        assertEquals(1, r.transcripts().size());
        return r.transcripts().get(0);
    }

    private static String speakers(Transcript t) {
        return String.join(",", t.turns().stream().map(x -> x.speaker().label()).toList());
    }

    @Test
    void json() throws InputException {
        Transcript t = one("json/chat.json");
        assertEquals("customer,agent", speakers(t));
        assertEquals(Roles.SOURCE, t.roles().method());
    }

    @Test
    void text() throws InputException {
        Transcript t = one("text/call.txt");
        assertEquals("agent,customer,agent", speakers(t));
        assertEquals(4.0, t.turns().get(1).start());
    }

    @Test
    void jsonLines() throws InputException {
        ReadResult r = read("jsonl/batch.jsonl");
        assertEquals(3, r.transcripts().size());
        assertTrue(
                r.transcripts().get(1).source().endsWith("batch.jsonl#batch-2"),
                r.transcripts().get(1).source());
    }

    @Test
    void jsonLinesBadLineIsReportedAndTheRestRead() throws InputException {
        ReadResult r = read("jsonl/bad-line.jsonl");
        assertEquals(
                List.of("good-1", "good-3"),
                r.transcripts().stream().map(Transcript::id).toList());
        assertEquals(2, r.errors().size());
        InputException broken = r.errors().get(0);
        assertTrue(broken.file().endsWith("bad-line.jsonl"));
        assertTrue(broken.reason().startsWith("line 2: malformed JSON at column"), broken.reason());
        assertTrue(
                r.errors().get(1).reason().contains("no agent turns"),
                r.errors().get(1).reason());
        assertTrue(
                r.errors().get(1).file().endsWith("#no-agent"),
                r.errors().get(1).file());
    }

    @Test
    void awsCallAnalytics() throws InputException {
        Transcript t = one("aws-call-analytics/call.json");
        assertEquals("brightwater-0042", t.id());
        assertEquals("agent,customer,agent,agent,customer,agent,customer", speakers(t));
        assertEquals(Roles.SOURCE, t.roles().method());
        assertEquals(23.2, t.turns().get(4).start(), 1e-9);
        assertEquals("PII", t.metadata().extra().get("redacted"));
    }

    @Test
    void awsTranscribeSpeakerLabelsInfersTheAgent() throws InputException {
        Transcript t = one("aws-transcribe/speaker-labels.json");
        assertEquals(7, t.turns().size());
        assertEquals(
                "Thank you for calling Brightwater Telecom, this is Nadia. How can I help you today?",
                t.turns().get(0).text());
        assertInferredAgent(t, "spk_1");
    }

    @Test
    void awsTranscribeAudioSegments() throws InputException {
        Transcript t = one("aws-transcribe/audio-segments.json");
        assertInferredAgent(t, "spk_0");
        assertEquals(3.2, t.turns().get(0).end(), 1e-9);
    }

    @Test
    void awsTranscribeWithoutSpeakersSaysHowToFixIt() {
        InputException e = assertThrows(InputException.class, () -> read("aws-transcribe/no-speakers.json"));
        assertTrue(e.reason().contains("ShowSpeakerLabels"), e.reason());
    }

    @Test
    void awsBda() throws InputException {
        assertInferredAgent(one("aws-bda/call.json"), "spk_1");
    }

    @Test
    void deepgramUtterances() throws InputException {
        Transcript t = one("deepgram/utterances.json");
        assertInferredAgent(t, "1");
        assertEquals("Tomorrow morning?", t.turns().get(4).text());
    }

    @Test
    void deepgramWordsOnlyAreGroupedIntoTurns() throws InputException {
        Transcript t = one("deepgram/words-only.json");
        assertInferredAgent(t, "0");
        assertEquals(
                "Hi, my internet has been dropping every evening since Monday.",
                t.turns().get(1).text());
    }

    @Test
    void assemblyAi() throws InputException {
        Transcript t = one("assemblyai/call.json");
        assertInferredAgent(t, "B");
        assertEquals(3.8, t.turns().get(1).start(), 1e-9);
    }

    @Test
    void azureConversations() throws InputException {
        ReadResult r = read("azure-conversation/chat.json");
        assertEquals(2, r.transcripts().size());
        Transcript chat = r.transcripts().get(0);
        assertEquals("chat", chat.channel());
        assertEquals("agent,customer,agent,customer", speakers(chat));
        Transcript call = r.transcripts().get(1);
        assertEquals("agent,customer", speakers(call));
        assertEquals(3.0, call.turns().get(1).start(), 1e-9);
        assertEquals(5.0, call.turns().get(1).end(), 1e-9);
    }

    @Test
    void harperValleyWithItsMetadata() throws InputException {
        Transcript t = one("harper-valley/transcript/fixture01.json");
        assertEquals("agent,customer,agent", speakers(t));
        assertEquals(
                "hello this is harper valley national bank how can i help you today",
                t.turns().get(0).text());
        assertEquals("i need to check my balance", t.turns().get(1).text());
        assertEquals("Jordan", t.metadata().agent());
        assertEquals("9", t.metadata().extra().get("caller_rating_of_agent"));
    }

    @Test
    void harperValleyMetadataAloneGivesNothingAndNoError() throws InputException {
        ReadResult r = read("harper-valley/metadata/fixture01.json");
        assertTrue(r.transcripts().isEmpty() && r.errors().isEmpty());
    }

    @Test
    void abcdOneTranscriptPerChatAndABadChatIsReported() throws InputException {
        ReadResult r = read("abcd/chats.json");
        assertEquals(
                List.of("101", "102"),
                r.transcripts().stream().map(Transcript::id).toList());
        assertEquals("agent,customer,agent", speakers(r.transcripts().get(0)));
        assertEquals("rowan lee", r.transcripts().get(0).metadata().customer());
        assertEquals(1, r.errors().size());
        assertTrue(
                r.errors().get(0).reason().startsWith("conversation 103: "),
                r.errors().get(0).reason());
    }

    @Test
    void webVttVoiceTags() throws InputException {
        Transcript t = one("webvtt/voice-tags.vtt");
        assertEquals(3, t.turns().size());
        assertEquals(
                "I'm sorry about that. Let me check your account. It was a one-off installation charge.",
                t.turns().get(2).text());
        assertInferredAgent(t, "Nadia");
    }

    @Test
    void webVttPrefixesNameTheRoles() throws InputException {
        Transcript t = one("webvtt/prefixes.vtt");
        assertEquals("agent,customer", speakers(t));
        assertEquals("Brightwater Telecom, how can I help?", t.turns().get(0).text());
        assertEquals(Roles.SOURCE, t.roles().method());
    }

    @Test
    void webVttWithoutSpeakersIsRefusedClearly() {
        InputException e = assertThrows(InputException.class, () -> read("webvtt/no-speakers.vtt"));
        assertTrue(e.reason().contains("no cue names its speaker"), e.reason());
    }

    @Test
    void srt() throws InputException {
        Transcript t = one("srt/call.srt");
        assertEquals("agent,customer,agent", speakers(t));
        assertEquals(3.5, t.turns().get(1).start(), 1e-9);
        assertEquals("I'd like to upgrade my broadband.", t.turns().get(1).text());
    }

    @Test
    void csvGroupsRowsByConversation() throws InputException {
        ReadResult r = read("csv/chats.csv");
        assertEquals(
                List.of("chat-1", "chat-2"),
                r.transcripts().stream().map(Transcript::id).toList());
        Transcript c1 = r.transcripts().get(0);
        assertEquals("customer,agent,agent", speakers(c1));
        assertEquals(
                List.of(0.0, 90.0, 120.0), c1.turns().stream().map(Turn::start).toList());
        assertEquals("Hi, my order hasn't arrived", c1.turns().get(0).text());
        assertInferredAgent(r.transcripts().get(1), "Jamie");
        assertEquals(1, r.errors().size());
        assertTrue(
                r.errors()
                        .get(0)
                        .reason()
                        .startsWith("conversation chat-3: line 8: cannot read the time \"not-a-time\""),
                r.errors().get(0).reason());
    }

    @Test
    void csvSemicolonsAndSecondTimes() throws InputException {
        Transcript t = one("csv/semicolon.csv");
        assertEquals("c-9", t.id());
        assertEquals("agent,customer", speakers(t));
        assertEquals(5.0, t.turns().get(1).end(), 1e-9);
        assertNull(t.encoding());
    }

    private static void assertInferredAgent(Transcript t, String label) {
        assertEquals(Roles.INFERRED, t.roles().method());
        assertEquals(List.of(label), t.roles().agents(), t.roles().evidence().toString());
        assertTrue(t.roles().confidence() >= Roles.LOW_CONFIDENCE, t.roles().toString());
        assertTrue(t.turns().stream().filter(x -> label.equals(x.label())).allMatch(x -> x.speaker() == Speaker.AGENT));
    }
}
