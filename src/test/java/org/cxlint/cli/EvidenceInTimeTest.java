package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlint.result.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings placed in time: the turn's start and end, the measurement behind a timing finding (an agent
 * talking over the customer, an unexplained hold, a slow chat reply), and --media-url links.
 */
class EvidenceInTimeTest {
    private static final String CALL = "src/test/resources/coach/call-timing.json";
    private static final String CHAT = "src/test/resources/coach/chat-slow.json";
    private static final String MEDIA = "https://rec.example/{id}.wav#t={start}";

    @Test
    void timingFindingsCarryTheirTimeEvidenceAndLink() throws Exception {
        CliRun r = CliRun.of("score", CALL, CHAT, "-f", "json", "--media-url", MEDIA);
        assertEquals(0, r.exit(), r.err());
        JsonNode reports = new ObjectMapper().readTree(r.out()).get("reports");
        JsonNode call = reports.get(0);
        assertEquals(
                "https://rec.example/call-timing.wav#t=0",
                call.get("transcript").get("media").asText());

        JsonNode interrupt = finding(call, "LIS-INTERRUPT");
        assertEquals(12.0, interrupt.get("time").get("start").asDouble());
        assertEquals(20.0, interrupt.get("time").get("end").asDouble());
        assertEquals("overlap", interrupt.get("evidence").get("kind").asText());
        assertEquals(
                3.0,
                interrupt.get("evidence").get("seconds").asDouble(),
                "customer spoke until 15.0, agent began at 12.0");
        assertEquals(2, interrupt.get("evidence").get("turn").asInt());
        assertEquals(
                "https://rec.example/call-timing.wav#t=12",
                interrupt.get("media").asText());

        JsonNode hold = finding(call, "RES-UNEXPLAINED-HOLD");
        assertEquals("silence", hold.get("evidence").get("kind").asText());
        assertEquals(49.0, hold.get("evidence").get("seconds").asDouble(), "nothing said from 26.0 to 75.0");
        assertTrue(hold.get("evidence").get("text").asText().contains("(00:26-01:15)"), hold.toString());

        // a finding that is not about timing has a time but no evidence
        JsonNode apology = finding(call, "HON-NO-APOLOGY");
        assertTrue(apology.has("time"));
        assertFalse(apology.has("evidence"));

        JsonNode slow = finding(reports.get(1), "RES-SLOW-REPLY");
        assertEquals("wait", slow.get("evidence").get("kind").asText());
        assertEquals(120.0, slow.get("evidence").get("seconds").asDouble());
        assertEquals(140.0, slow.get("time").get("start").asDouble());
        assertFalse(slow.get("time").has("end"), "chat messages have a start only");
    }

    @Test
    void textShowsMinutesAndSecondsAndTheEvidence() {
        CliRun r = CliRun.of("score", CALL, CHAT);
        assertEquals(0, r.exit(), r.err());
        assertTrue(
                r.out()
                        .contains(
                                "  turn 3 at 00:12-00:20 [agent] minor LIS-INTERRUPT\n      Evidence: agent started 3.0 s before the customer finished turn 2\n"),
                r.out());
        assertTrue(r.out().contains("Evidence: 49.0 s of silence after turn 5 (00:26-01:15)"), r.out());
        assertTrue(
                r.out()
                        .contains(
                                "  turn 3 at 02:20 [agent] minor RES-SLOW-REPLY\n      Evidence: the customer waited 120 s for this reply after turn 2\n"),
                r.out());
    }

    @Test
    void htmlLinksTimesToTheRecording() {
        CliRun r = CliRun.of("score", CALL, "-f", "html", "--media-url", MEDIA);
        assertEquals(0, r.exit(), r.err());
        assertTrue(
                r.out().contains("<a class=\"time\" href=\"https://rec.example/call-timing.wav#t=12\">00:12-00:20</a>"),
                r.out());
        assertTrue(
                r.out()
                        .contains(
                                "<p class=\"evidence\">Evidence: agent started 3.0 s before the customer finished turn 2</p>"),
                r.out());
        assertTrue(
                r.out()
                        .contains(
                                "<p class=\"media\"><a href=\"https://rec.example/call-timing.wav#t=0\">Recording</a></p>"),
                r.out());
        assertTrue(r.out().contains("<span class=\"who\">3 · agent · 00:12</span>"), r.out());
    }

    @Test
    void aMediaTemplateThatCouldRunCodeOrHasAnUnknownPlaceholderIsAUsageError() {
        CliRun js = CliRun.of("score", CALL, "--media-url", "javascript:alert(1)//{id}");
        assertEquals(2, js.exit());
        assertTrue(
                js.err().contains("--media-url: links must be http, https, file or relative, not javascript:"),
                js.err());
        CliRun unknown = CliRun.of("score", CALL, "--media-url", "https://x.example/{call}.wav");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("--media-url: unknown placeholder {call}"), unknown.err());
    }

    @Test
    void fileAndIdAreUrlEncoded(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(
                dir.resolve("a call #1.txt"),
                "# id: a/b c\n[00:05] Agent: Hi there.\n[01:10] Customer: My order is late.\n[01:20] Agent: Okay.\n");
        CliRun r = CliRun.of("score", f.toString(), "-f", "json", "--media-url", "rec/{file}?id={id}&t={start}");
        assertEquals(0, r.exit(), r.err());
        JsonNode t = new ObjectMapper().readTree(r.out()).get("reports").get(0).get("transcript");
        assertEquals("rec/a%20call%20%231.txt?id=a%2Fb%20c&t=0", t.get("media").asText());
    }

    @Test
    void timingNotesAppearOnTheCallPage(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("bad-times.json"), """
                {"turns": [
                  {"speaker": "agent", "text": "Hello, how can I help?", "start": 0.0, "end": 2.0},
                  {"speaker": "customer", "text": "My parcel never came.", "start": 3.0, "end": 1.0},
                  {"speaker": "agent", "text": "Let me look into that for you.", "start": 5.0, "end": 7.0}
                ]}""");
        CliRun r = CliRun.of("score", f.toString(), "-f", "html");
        assertEquals(0, r.exit(), r.err());
        assertTrue(
                r.out()
                        .contains(
                                "<li>timing: turn 2: end 1.0 s is before its start 3.0 s; its timing is not used</li>"),
                r.out());
        assertFalse(r.out().contains("<span class=\"who\">2 · customer · "), "a time that was not used is not shown");
    }

    @Test
    void clockReadsLikeARecordingPlayer() {
        assertEquals("00:00", Clock.of(0));
        assertEquals("01:05", Clock.of(65.9));
        assertEquals("59:59", Clock.of(3599.99));
        assertEquals("1:02:05", Clock.of(3725));
        assertNull(Clock.of((org.cxlint.result.Report.Time) null));
    }

    private static JsonNode finding(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) return f;
        throw new AssertionError(rule + " not in " + report.get("findings"));
    }
}
