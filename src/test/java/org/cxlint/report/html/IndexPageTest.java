package org.cxlint.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cxlint.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML index as written (no browser): order, error rows, the script's hash, page links, stale pages. */
class IndexPageTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    static Run score(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("score", "--format", "html"));
        all.addAll(List.of(args));
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /** The index rows' attribute values, in page order. */
    static List<String> attr(String html, String name) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<tr [^\n]*?\\b" + name + "=\"([^\"]*)\"").matcher(html);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private Path hostile() throws IOException {
        return Files.writeString(tmp.resolve("hostile.json"), """
                {"id": "z\\"><script>alert(1)</script>", "channel": "chat",
                 "metadata": {"agent": "<img src=x onerror=alert(2)>", "team": "T&C", "date": "2026-10-08"},
                 "turns": [{"speaker": "customer", "text": "My parcel is late"},
                           {"speaker": "agent", "text": "I can't do anything about that. That's not my department."}]}
                """, StandardCharsets.UTF_8);
    }

    @Test
    void rowsAreWorstFirstWithShortErrorRowsAtTheEnd() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"turns\": [", StandardCharsets.UTF_8);
        Path out = tmp.resolve("html");
        Run run = score(
                "-o",
                out.toString(),
                "samples/good-call.json",
                "samples/bad-call.txt",
                broken.toString(),
                "samples/mixed-chat.json",
                hostile().toString());
        assertEquals(3, run.exit(), run.err());
        String index = Files.readString(out.resolve("index.html"));
        List<String> scores = attr(index, "data-score");
        assertEquals(4, scores.size(), "error rows carry no score");
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(Double.parseDouble(scores.get(i - 1)) <= Double.parseDouble(scores.get(i)), scores.toString());
        }
        assertEquals(List.of("1", "2", "3", "4", "5"), attr(index, "data-rank"));
        assertEquals("error", attr(index, "data-verdict").get(4));
        Matcher err = Pattern.compile(
                        "<tr class=\"error\" id=\"errors\".*?<td colspan=\"7\" class=\"why\" title=\"([^\"]*)\">"
                                + "could not be read: ([^<]*)</td>")
                .matcher(index);
        assertTrue(err.find(), index);
        assertTrue(err.group(1).startsWith("malformed JSON"), err.group(1));
        assertTrue(err.group(1).length() > IndexPage.REASON_SHOWN, "the whole reason is in the title: " + err.group(1));
        assertTrue(
                err.group(2).length() <= IndexPage.REASON_SHOWN && err.group(2).endsWith("…"), err.group(2));
        // the transcript's markup is text everywhere: attributes, cells, filter options
        assertEquals(1, index.split("<script>", -1).length - 1, "only the index's own script element");
        assertFalse(index.contains("<img"), "no img element");
        assertTrue(index.contains("data-agent=\"&lt;img src=x onerror=alert(2)>\""), index);
        assertTrue(index.contains(
                "<option value=\"&lt;img src=x onerror=alert(2)>\">&lt;img src=x onerror=alert(2)&gt; (1)</option>"));
        assertTrue(
                index.contains("data-id=\"z&#34;>&lt;script>alert(1)&lt;/script>\""),
                "a quote cannot end the attribute");
    }

    @Test
    void theScriptIsAllowedByItsHashAndNothingElse() throws Exception {
        Path out = tmp.resolve("html");
        assertEquals(
                0,
                score("-o", out.toString(), "samples/good-call.json", "samples/bad-call.txt")
                        .exit());
        String index = Files.readString(out.resolve("index.html"));
        Matcher csp = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"")
                .matcher(index);
        assertTrue(csp.find());
        Matcher script =
                Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(index);
        assertTrue(script.find());
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" + hash + "'",
                csp.group(1));
        // transcript pages still run no script at all
        String page = Files.readString(out.resolve("00001-good-call.json.html"));
        assertFalse(page.contains("<script"), "a transcript page has no script");
        assertTrue(page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""));
    }

    @Test
    void everyPageLinksTheIndexAndItsNeighboursInIndexOrder() throws IOException {
        Path out = tmp.resolve("html");
        assertEquals(
                0,
                score("-o", out.toString(), "samples/good-call.json", "samples/bad-call.txt", "samples/mixed-chat.json")
                        .exit());
        List<String> order = attr(Files.readString(out.resolve("index.html")), "data-id");
        assertEquals(List.of("bad-call", "mixed-chat", "good-call"), order);
        String worst = Files.readString(out.resolve("00002-bad-call.txt.html"));
        String middle = Files.readString(out.resolve("00003-mixed-chat.json.html"));
        String best = Files.readString(out.resolve("00001-good-call.json.html"));
        for (String page : List.of(worst, middle, best)) {
            assertEquals(2, page.split("<nav class=\"pager\"", -1).length - 1, "at the top and the bottom");
            assertTrue(page.contains("<a href=\"index.html\" rel=\"index\">"), page);
        }
        assertFalse(worst.contains("rel=\"prev\""));
        assertTrue(
                worst.contains("rel=\"next\" href=\"00003-mixed-chat.json.html\">Next: mixed-chat (85.0) →</a>"),
                worst);
        assertTrue(worst.contains("<span class=\"pos\">1 of 3, worst first</span>"));
        assertTrue(middle.contains("rel=\"prev\" href=\"00002-bad-call.txt.html\""), middle);
        assertTrue(middle.contains("rel=\"next\" href=\"00001-good-call.json.html\""), middle);
        assertTrue(best.contains("rel=\"prev\" href=\"00003-mixed-chat.json.html\""));
        assertFalse(best.contains("rel=\"next\""));
        // the page itself is unchanged around the links: one head, one body
        assertEquals(1, best.split("<body>", -1).length - 1);
        assertTrue(best.indexOf("<nav class=\"pager\"") > best.indexOf("<body>"));
        assertTrue(best.lastIndexOf("<nav class=\"pager\"") < best.indexOf("</body>"));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void staleCxlintPagesAreRemovedAndOtherFilesAreNot() throws IOException {
        Path out = tmp.resolve("html");
        assertEquals(
                0,
                score("-o", out.toString(), "samples/good-call.json", "samples/bad-call.txt", "samples/mixed-chat.json")
                        .exit());
        // files cxlint did not write, some with names like its own
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("00009-kept.json.html"), "mine");
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve("assets/logo.svg"), "<svg/>");
        assertEquals(
                List.of(
                        ".cxlint-pages",
                        "00001-good-call.json.html",
                        "00002-bad-call.txt.html",
                        "00003-mixed-chat.json.html",
                        "00009-kept.json.html",
                        "assets",
                        "index.html",
                        "notes.txt"),
                names(out));

        assertEquals(0, score("-o", out.toString(), "samples/mixed-chat.json").exit());
        assertEquals(
                List.of(
                        ".cxlint-pages",
                        "00001-mixed-chat.json.html",
                        "00009-kept.json.html",
                        "assets",
                        "index.html",
                        "notes.txt"),
                names(out));
        assertEquals("00001-mixed-chat.json.html\nindex.html\n", Files.readString(out.resolve(".cxlint-pages")));
        assertEquals("mine", Files.readString(out.resolve("00009-kept.json.html")));

        // a list that names anything but a page of this folder is not obeyed
        Path outside = Files.writeString(tmp.resolve("precious.html"), "keep");
        Files.writeString(
                out.resolve(".cxlint-pages"), "../precious.html\n/etc/passwd\n.hidden.html\nnotes.txt\nassets\n");
        assertEquals(0, score("-o", out.toString(), "samples/mixed-chat.json").exit());
        assertTrue(Files.exists(outside));
        assertTrue(Files.exists(out.resolve("notes.txt")));
        assertTrue(Files.exists(out.resolve("assets/logo.svg")));
    }
}
