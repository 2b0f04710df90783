package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JUnit XML and SARIF, validated against the published schemas rather than by eye. */
class ReportFormatsTest {
    private static final String TODAY = "--today=2026-11-23";

    @Test
    void junitForPassingAndFailingSuitesIsValid() throws Exception {
        CliRun pass = CliRun.of("check", "samples/scripts", "-f", "junit", TODAY);
        Schemas.assertValidJUnit(pass.out());
        assertEquals(0, pass.exit(), pass.err());
        assertEquals(5, count(pass.out(), "<testcase "), pass.out());
        assertEquals(0, count(pass.out(), "failures=\"1\"") + count(pass.out(), "errors=\"1\""), pass.out());

        CliRun fail = CliRun.of("check", "samples/scripts/failing", "-f", "junit", TODAY);
        Schemas.assertValidJUnit(fail.out());
        assertEquals(4, fail.exit());
        assertTrue(
                fail.out()
                        .contains(
                                "<testcase name=\"samples/scripts/failing/late-return-macro.txt\" classname=\"failing-example\" time=\"0\">"),
                fail.out());
        assertTrue(
                fail.out().matches("(?s).*<failure message=\"score \\d+ is under the expected minimum 90; .*"),
                fail.out());
        assertTrue(
                fail.out().contains(":3:92 turn 1 major POS-REFUSAL \"There's nothing I can do\""),
                "failure carries the findings: " + fail.out());
    }

    @Test
    void junitGivesEachTestcaseItsOwnSystemOutWithItsFindings() throws Exception {
        CliRun r = CliRun.of("score", "samples/bad-call.txt", "samples/good-call.json", "-f", "junit");
        Schemas.assertValidJUnit(r.out());
        var doc = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance()
                .newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(r.out())));
        var suites = doc.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        for (int i = 0; i < suites.getLength(); i++) {
            var suite = (org.w3c.dom.Element) suites.item(i);
            assertEquals(1, suite.getElementsByTagName("testcase").getLength());
            assertEquals(1, suite.getElementsByTagName("system-out").getLength());
            String name = ((org.w3c.dom.Element)
                            suite.getElementsByTagName("testcase").item(0))
                    .getAttribute("name");
            String out = suite.getElementsByTagName("system-out").item(0).getTextContent();
            // that case's findings only, each at the file's own line and column
            assertTrue(out.startsWith("score "), out);
            out.lines().skip(1).forEach(l -> assertTrue(l.startsWith(name + ":"), name + ": " + l));
        }
        assertTrue(
                r.out().contains("samples/bad-call.txt:13:70 turn 7 major OWN-DEFLECT \"not my department\""), r.out());
    }

    @Test
    void junitFromScoreFailsTranscriptsThatFailTheScorecardAndErrorsUnreadableOnes(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"turns\": [");
        CliRun r =
                CliRun.of("score", "samples/bad-call.txt", "samples/good-call.json", broken.toString(), "-f", "junit");
        Schemas.assertValidJUnit(r.out());
        assertEquals(3, r.exit());
        assertEquals(3, count(r.out(), "<testcase "), r.out());
        assertEquals(1, count(r.out(), "failures=\"1\""), r.out());
        assertEquals(1, count(r.out(), "errors=\"1\""), r.out());
    }

    @Test
    void sarifIsValidAndLocatesTextAndJsonFindings() throws Exception {
        CliRun r = CliRun.of("score", "samples/", "-f", "sarif", TODAY);
        Schemas.assertValidSarif(r.out());
        JsonNode run = new ObjectMapper().readTree(r.out()).path("runs").path(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        List<String> ids = new java.util.ArrayList<>();
        rules.forEach(n -> ids.add(n.path("id").asText()));
        assertEquals(ids.stream().sorted().toList(), ids, "rules are listed in id order");
        JsonNode deflect = rules.get(ids.indexOf("OWN-DEFLECT"));
        JsonNode refusalRule = rules.get(ids.indexOf("POS-REFUSAL"));
        assertTrue(deflect.path("help")
                .path("text")
                .asText()
                .endsWith("\nTry instead: Let me take care of this for you."));
        assertTrue(refusalRule
                .path("help")
                .path("text")
                .asText()
                .endsWith("Try instead: What I can do is look at the other options with you right now."));
        assertEquals("ownership", deflect.path("properties").path("category").asText());

        // bad-call.txt line 13: "[00:15] Agent: Our policy says returns are only accepted ..."
        JsonNode policy = find(run, "samples/bad-call.txt", "POS-POLICY");
        assertEquals("warning", policy.path("level").asText());
        assertRegion(Path.of("samples/bad-call.txt"), policy, "Our policy says");
        // mixed-chat.json: the turn's "text" value, column counted inside the JSON string
        JsonNode json = find(run, "samples/mixed-chat.json", "POS-POLICY");
        assertRegion(Path.of("samples/mixed-chat.json"), json, "against our policy");
        JsonNode refusal = find(run, "samples/mixed-chat.json", "POS-REFUSAL");
        assertEquals("error", refusal.path("level").asText());
    }

    @Test
    void sarifMarksWaivedFindingsAsSuppressed() throws Exception {
        CliRun r = CliRun.of("check", "samples/scripts", "-f", "sarif", TODAY);
        Schemas.assertValidSarif(r.out());
        JsonNode run = new ObjectMapper().readTree(r.out()).path("runs").path(0);
        JsonNode waived = find(run, "samples/scripts/no-po-box-exchange.json", "POS-POLICY");
        assertEquals(
                "accepted", waived.path("suppressions").path(0).path("status").asText());
        assertTrue(waived.path("suppressions")
                .path(0)
                .path("justification")
                .asText()
                .startsWith("Carrier contract"));
        assertRegion(Path.of("samples/scripts/no-po-box-exchange.json"), waived, "It is company policy that");
    }

    @Test
    void hostileIdsAndTextKeepJUnitAndSarifValidAndLocatedOnTheInputFile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = Hostile.jsonl(dir);
        CliRun junit = CliRun.of("score", file.toString(), "-f", "junit");
        assertTrue(junit.exit() == 0 || junit.exit() == 4, junit.err());
        Schemas.assertValidJUnit(junit.out());
        assertEquals(Hostile.IDS.length, count(junit.out(), "<testcase "), junit.out());
        assertTrue(junit.out().contains("&lt;&amp;&gt;") || !junit.out().contains("<&>"), "markup is escaped");

        CliRun sarif = CliRun.of("score", file.toString(), "-f", "sarif");
        assertEquals(0, sarif.exit(), sarif.err());
        Schemas.assertValidSarif(sarif.out());
        assertTrue(
                sarif.out().codePoints().noneMatch(c -> c >= 0xd800 && c <= 0xdfff),
                "no lone surrogate reaches the log");
        JsonNode run = new ObjectMapper().readTree(sarif.out()).path("runs").path(0);
        assertTrue(run.path("artifacts").isMissingNode(), "no artifacts array that only repeats locations");
        String uri = run.path("results")
                .path(0)
                .path("locations")
                .path(0)
                .path("physicalLocation")
                .path("artifactLocation")
                .path("uri")
                .asText();
        assertTrue(uri.endsWith("/hostile.jsonl") && !uri.contains("passwd"), uri);
        assertTrue(run.path("results").size() > 0);
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode res : run.path("results")) {
            // every result sits on the file that was read, whatever its transcript called itself
            assertEquals(
                    uri,
                    res.path("locations")
                            .path(0)
                            .path("physicalLocation")
                            .path("artifactLocation")
                            .path("uri")
                            .asText());
            ids.add(res.path("properties").path("transcript").asText());
        }
        assertTrue(ids.contains("../../../../etc/passwd") && ids.contains("a\u0000b"), "ids are kept as data: " + ids);
    }

    @Test
    void sarifUriIsTheInputPathPercentEncoded(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("a #1?"));
        Path file = Files.copy(Path.of("samples/bad-call.txt"), sub.resolve("call 50%.txt"));
        CliRun r = CliRun.of("score", file.toString(), "-f", "sarif");
        Schemas.assertValidSarif(r.out());
        JsonNode location = new ObjectMapper()
                .readTree(r.out())
                .path("runs")
                .path(0)
                .path("results")
                .path(0)
                .path("locations")
                .path(0)
                .path("physicalLocation")
                .path("artifactLocation");
        String uri = location.path("uri").asText();
        // outside the working directory: an absolute file URI, no base id
        assertTrue(uri.startsWith("file:///") && uri.endsWith("/a%20%231%3F/call%2050%25.txt"), uri);
        assertTrue(location.path("uriBaseId").isMissingNode(), location.toString());
        assertEquals(file.toAbsolutePath(), Path.of(java.net.URI.create(uri)));

        // under --sarif-root: relative to %SRCROOT%, which names the root
        CliRun rooted = CliRun.of("score", file.toString(), "-f", "sarif", "--sarif-root", dir.toString());
        Schemas.assertValidSarif(rooted.out());
        JsonNode run = new ObjectMapper().readTree(rooted.out()).path("runs").path(0);
        JsonNode rel = run.path("results")
                .path(0)
                .path("locations")
                .path(0)
                .path("physicalLocation")
                .path("artifactLocation");
        assertEquals("a%20%231%3F/call%2050%25.txt", rel.path("uri").asText());
        assertEquals("%SRCROOT%", rel.path("uriBaseId").asText());
        java.net.URI base = java.net.URI.create(
                run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText());
        assertEquals(file.toAbsolutePath(), Path.of(base.resolve(rel.path("uri").asText())));
    }

    @Test
    void sarifRegionsComeFromTheReadersPositions(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // a whole-turn finding (no apology) on a line with a ranged stamp lands on that turn's line, not at 1:1
        Path text = Files.writeString(dir.resolve("ranged.txt"), """
                # id: ranged
                [00:00 - 00:04] Agent: Thanks for calling, this is Sam.
                [00:04 - 00:09] Customer: You charged me twice for the same order and nobody fixed it.
                [00:09 - 00:12] Agent: When did you buy it?
                [00:12 - 00:15] Customer: Last week.
                [00:15 - 00:20] Agent: Our policy says refunds take ten days.
                """);
        Path json = Files.writeString(dir.resolve("chat.json"), """
                {"id": "chat",
                 "turns": [
                   {"speaker": "customer", "text": "You charged me twice and nobody fixed it."},
                   {"speaker": "agent",
                    "text": "When did you buy it?"},
                   {"speaker": "customer", "text": "Last week."},
                   {"speaker": "agent", "text": "Our policy says refunds take ten days."}
                 ]}
                """);
        CliRun r = CliRun.of("score", text.toString(), json.toString(), "-f", "sarif", "--sarif-root", dir.toString());
        Schemas.assertValidSarif(r.out());
        JsonNode run = new ObjectMapper().readTree(r.out()).path("runs").path(0);
        JsonNode noApology = find(run, "ranged.txt", "HON-NO-APOLOGY");
        assertRegion(text, noApology, "When did you buy it?");
        assertRegion(text, find(run, "ranged.txt", "POS-POLICY"), "Our policy says");
        JsonNode jsonNoApology = find(run, "chat.json", "HON-NO-APOLOGY");
        assertEquals(
                5,
                jsonNoApology
                        .path("locations")
                        .path(0)
                        .path("physicalLocation")
                        .path("region")
                        .path("startLine")
                        .asInt());
        assertRegion(json, jsonNoApology, "When did you buy it?");
        assertRegion(json, find(run, "chat.json", "POS-POLICY"), "Our policy says");
    }

    @Test
    void reportsAreByteStable() {
        for (String format : List.of("junit", "sarif", "json")) {
            String a = CliRun.of("check", "samples/scripts/failing", "-f", format, TODAY)
                    .out();
            String b = CliRun.of("check", "samples/scripts/failing", "-f", format, TODAY)
                    .out();
            assertEquals(a, b, format);
        }
    }

    @Test
    void schemaChecksCatchBrokenReports() {
        // guards the guards: a validator that accepted anything would make the tests above worthless
        org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class,
                () -> Schemas.assertValidSarif("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}"));
        org.junit.jupiter.api.Assertions.assertThrows(
                org.xml.sax.SAXException.class,
                () -> Schemas.assertValidJUnit("<testsuites><testsuite name=\"x\" tests=\"1\"/></testsuites>"));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    private static JsonNode find(JsonNode run, String uri, String rule) {
        for (JsonNode res : run.path("results")) {
            String u = res.path("locations")
                    .path(0)
                    .path("physicalLocation")
                    .path("artifactLocation")
                    .path("uri")
                    .asText();
            if (u.equals(uri) && res.path("ruleId").asText().equals(rule)) return res;
        }
        throw new AssertionError("no " + rule + " result for " + uri + " in " + run.path("results"));
    }

    /** The region must cover exactly {@code words} on the line where they stand in the file. */
    private static void assertRegion(Path file, JsonNode result, String words) throws Exception {
        JsonNode region =
                result.path("locations").path(0).path("physicalLocation").path("region");
        List<String> lines = Files.readAllLines(file);
        int line = region.path("startLine").asInt();
        String text = lines.get(line - 1);
        int col = region.path("startColumn").asInt();
        int end = region.path("endColumn").asInt();
        assertEquals(line, region.path("endLine").asInt());
        assertEquals(words, text.substring(col - 1, end - 1), "region " + region + " on line " + line + ": " + text);
    }
}
