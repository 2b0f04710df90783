package org.cxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.ingest.vendor.IbmTwitterReader;
import org.cxlint.model.Roles;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The IBM Twitter customer-care reader on a fixture written for this test (the dataset's shape, invented
 * text), and on the real dev and test sets where ../shared/data is present. The turn order matters beyond
 * this reader: the labelled evaluation set counts agent turns by it.
 */
class IbmTwitterReaderTest {
    static final Path FIXTURE = FormatFixturesTest.FIXTURES.resolve("ibm-twitter/conversations.json");

    private static ReadResult read() throws InputException {
        return new Ingest(null, RoleResolver.NONE).read(FIXTURE);
    }

    private static Transcript conversation(String id) throws InputException {
        return read().transcripts().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static String speakers(Transcript t) {
        return String.join(",", t.turns().stream().map(x -> x.speaker().label()).toList());
    }

    @Test
    void messagesInFileOrderThenTheUrlUtteranceAsTheLastAgentTurn() throws InputException {
        Transcript t = conversation("ibm-fixture-1");
        // client, agent, client, client1, then agentURL.url_utterance
        assertEquals("customer,agent,customer,customer,agent", speakers(t));
        assertEquals(
                "@maple_rider Sorry to hear that! Which lights are on at the front of the router?",
                t.turns().get(1).text());
        assertEquals(
                "@maple_rider Thanks for bearing with us. You can reset the router here: https://help.example.com/routers/reset",
                t.turns().get(4).text());
        assertEquals(List.of(0, 1, 2, 3, 4), t.turns().stream().map(Turn::index).toList());
        assertEquals(Roles.SOURCE, t.roles().method());
    }

    @Test
    void client1IsACustomerLabelledWithItsHandle() throws InputException {
        Turn t = conversation("ibm-fixture-1").turns().get(3);
        assertEquals(Speaker.CUSTOMER, t.speaker());
        assertEquals("night_owl_42", t.label());
        assertEquals("@BrightwaterCare @maple_rider same here since Monday", t.text());
    }

    @Test
    void aUrlUtteranceRepeatingTheLastAgentMessageIsNotAppended() throws InputException {
        Transcript t = conversation("ibm-fixture-2");
        // the url_utterance differs only by surrounding whitespace
        assertEquals("customer,agent", speakers(t));
    }

    @Test
    void aBlankUrlUtteranceIsNotAppended() throws InputException {
        assertEquals("customer,agent", speakers(conversation("ibm-fixture-4")));
    }

    @Test
    void metadataChannelAndTimes() throws InputException {
        Transcript t = conversation("ibm-fixture-1");
        assertEquals("social", t.channel());
        assertEquals("ibm-twitter", t.format());
        assertEquals("BrightwaterCare", t.metadata().team());
        assertEquals("2020-03-02", t.metadata().date());
        assertTrue(t.source().endsWith("conversations.json#ibm-fixture-1"), t.source());
        // seconds from the first message; the url_utterance has no time in the dataset
        assertEquals(
                List.of(0.0, 600.0, 900.0, 960.0),
                t.turns().subList(0, 4).stream().map(Turn::start).toList());
        assertNull(t.turns().get(4).start());
        assertTrue(t.turns().stream().allMatch(x -> x.end() == null));
        Transcript overNewYear = conversation("ibm-fixture-4");
        assertEquals("2019-12-31", overNewYear.metadata().date());
        assertEquals("NorthwindHelp", overNewYear.metadata().team());
        assertEquals(120.0, overNewYear.turns().get(1).start());
    }

    @Test
    void aMalformedConversationIsReportedAndTheOthersRead() throws InputException {
        ReadResult r = read();
        assertEquals(
                List.of("ibm-fixture-1", "ibm-fixture-2", "ibm-fixture-4"),
                r.transcripts().stream().map(Transcript::id).toList());
        assertEquals(1, r.errors().size());
        InputException e = r.errors().get(0);
        assertTrue(e.file().endsWith("conversations.json"), e.file());
        assertTrue(e.reason().startsWith("conversation ibm-fixture-3: message 1 names no speaker"), e.reason());
    }

    @Test
    void sniffedByItsShapeAndClaimedByNoOtherFormat() throws IOException, InputException {
        String content = Files.readString(FIXTURE);
        assertEquals("ibm-twitter", Readers.detect(FIXTURE.toString(), content).name());
        Probe probe = new Probe(content);
        assertEquals(
                List.of("ibm-twitter"),
                Readers.all().stream()
                        .filter(r -> r.sniff(probe))
                        .map(TranscriptReader::name)
                        .toList());
    }

    @ParameterizedTest(name = "not claimed: {0}")
    @ValueSource(
            strings = {
                "[{\"dialogContent\": [{\"client\": \"a\", \"message\": \"hi\"}]}]", // no dialogHeader
                "[{\"dialogHeader\": {\"sessionID\": \"x\"}, \"dialogContent\": {}}]", // dialogContent not a list
                "{\"dialogs\": [{\"dialogHeader\": {}, \"dialogContent\": []}]}",
                "[]"
            })
    void otherShapesAreNotClaimed(String json) {
        assertFalse(new IbmTwitterReader().sniff(new Probe(json)));
    }

    @Test
    void otherFormatsFixturesAreNotClaimed() throws IOException {
        for (String f : List.of(
                "abcd/chats.json",
                "harper-valley/transcript/fixture01.json",
                "json/chat.json",
                "azure-conversation/chat.json")) {
            Probe probe = new Probe(Files.readString(FormatFixturesTest.FIXTURES.resolve(f)));
            assertFalse(new IbmTwitterReader().sniff(probe), f);
        }
    }

    /** The real dev and test sets: every conversation read, with the agent turns the turn-order rule gives. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev.json", "test.json"})
    void realDataEveryConversationReads(String file) throws IOException, InputException {
        Path p = RealDataTest.DATA.resolve("ibm_twitter_cdp").resolve(file);
        Assumptions.assumeTrue(
                Files.isRegularFile(p), "skipped: " + p.toAbsolutePath().normalize() + " not found");
        ReadResult r = new Ingest(null, RoleResolver.NONE).read(p);
        assertTrue(
                r.errors().isEmpty(),
                () -> r.errors().stream().map(InputException::reason).toList().toString());
        JsonNode root = new ObjectMapper().readTree(Files.readString(p));
        assertEquals(root.size(), r.transcripts().size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode c = root.get(i);
            Transcript t = r.transcripts().get(i);
            assertEquals(c.path("dialogHeader").path("sessionID").asText(), t.id());
            List<String> expected = new ArrayList<>();
            String lastAgent = null;
            for (JsonNode m : c.path("dialogContent")) {
                if (m.has("agent")) expected.add(lastAgent = m.path("message").asText());
            }
            String url = c.path("agentURL").path("url_utterance").asText("");
            boolean appended =
                    !url.isBlank() && (lastAgent == null || !lastAgent.strip().equals(url.strip()));
            if (appended) expected.add(url);
            assertEquals(
                    c.path("dialogContent").size() + (appended ? 1 : 0),
                    t.turns().size(),
                    t.id());
            assertEquals(
                    expected.stream()
                            .map(s -> s.strip().replaceAll("\\s+", " "))
                            .toList(),
                    t.turns().stream()
                            .filter(x -> x.speaker() == Speaker.AGENT)
                            .map(Turn::text)
                            .toList(),
                    t.id());
        }
    }
}
