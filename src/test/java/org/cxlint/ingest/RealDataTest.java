package org.cxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cxlint.model.Roles;
import org.cxlint.model.Transcript;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The real vendor and dataset files in ../shared/data (not part of the repository: see its README) all
 * read without error. Skipped, saying so, where that folder is absent.
 */
class RealDataTest {
    static final Path DATA = Path.of("../shared/data");

    private static void requireData() {
        Assumptions.assumeTrue(
                Files.isDirectory(DATA),
                "skipped: " + DATA.toAbsolutePath().normalize()
                        + " not found (real STT and dataset samples are kept outside the repository)");
    }

    /** Transcript files: data files of the three folders, not their READMEs, licences or ABCD's policy documents. */
    static List<Path> realFiles() throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (String dir : List.of("stt_samples", "harper_valley_bank", "abcd")) {
            try (Stream<Path> walk = Files.walk(DATA.resolve(dir))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> {
                            String n = p.getFileName().toString();
                            return (n.endsWith(".json") || n.endsWith(".json.gz"))
                                    && !n.equals("guidelines.json")
                                    && !n.equals("kb.json");
                        })
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyRealFileReadsWithoutError() throws IOException {
        requireData();
        return realFiles().stream()
                .map(p -> dynamicTest(DATA.relativize(p).toString(), () -> {
                    ReadResult r = new Ingest(null, RoleResolver.NONE).read(p);
                    assertTrue(
                            r.errors().isEmpty(),
                            () -> p + ": "
                                    + r.errors().stream()
                                            .map(InputException::reason)
                                            .toList());
                    boolean companion = p.getParent().getFileName().toString().equals("metadata");
                    assertEquals(
                            companion,
                            r.transcripts().isEmpty(),
                            p + " transcripts: " + r.transcripts().size());
                    for (Transcript t : r.transcripts())
                        assertTrue(t.agentTurnCount() > 0, t.source() + " has no agent turns");
                }));
    }

    @Test
    void callAnalyticsKeepsTheSourceRolesAndTimes() throws InputException {
        requireData();
        Transcript t = one("stt_samples/aws_transcribe_call_analytics/example-call.json");
        assertEquals("aws-call-analytics", t.format());
        assertEquals(Roles.SOURCE, t.roles().method());
        assertTrue(t.turns().stream().allMatch(x -> x.start() != null && x.end() != null));
        assertTrue(t.turns().stream().anyMatch(x -> x.text().contains("[PII]")), "redaction tags are kept");
        // Call Analytics itself reports the agent interrupting at 18.74 s and 166.44 s; our facts find both
        var starts = org.cxlint.facts.TimingFacts.derive(t.turns()).stream()
                .filter(o -> o instanceof org.cxlint.facts.Interruption i && i.isByAgent())
                .map(o -> t.turns()
                        .get(((org.cxlint.facts.Interruption) o).turn())
                        .start())
                .toList();
        assertTrue(starts.contains(18.74) && starts.contains(166.44), starts.toString());
    }

    @Test
    void bedrockAgentIsInferredFromTheGreeting() throws InputException {
        requireData();
        Transcript t = one("stt_samples/aws_bedrock_data_automation/bda-standard.json.gz");
        assertEquals(Roles.INFERRED, t.roles().method());
        assertEquals(List.of("spk_1"), t.roles().agents(), t.roles().evidence().toString());
        assertFalse(t.roles().low(), "confidence " + t.roles().confidence());
    }

    @Test
    void harperValleyReadsItsCompanionMetadata() throws InputException {
        requireData();
        Transcript t = one("harper_valley_bank/transcript/0002f70f7386445b.json");
        assertEquals("Elizabeth", t.metadata().agent());
        assertEquals("Patricia Brown", t.metadata().customer());
        assertTrue(t.turns().get(0).text().startsWith("hello this is harper valley"), "human transcript preferred");
    }

    @Test
    void abcdGivesOneTranscriptPerConversation() throws InputException {
        requireData();
        List<Transcript> ts = Ingest.readAll(DATA.resolve("abcd/abcd_sample.json"));
        assertEquals(3, ts.size());
        assertTrue(ts.get(0).source().endsWith("#" + ts.get(0).id()));
        assertTrue(ts.stream()
                .allMatch(t -> t.turns().stream().noneMatch(x -> x.label().equals("action"))));
    }

    private static Transcript one(String rel) throws InputException {
        List<Transcript> ts = Ingest.readAll(DATA.resolve(rel));
        assertEquals(1, ts.size());
        return ts.get(0);
    }
}
