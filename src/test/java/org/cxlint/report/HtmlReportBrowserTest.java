package org.cxlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cxlint.HeadlessChrome;
import org.cxlint.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Opens generated HTML reports in a real headless Chromium (Debian's chromium and chromedriver, which
 * {@code .ci/run} installs). Skipped, saying why, where they are not installed.
 */
class HtmlReportBrowserTest {
    static final String INJECTION = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(2)>";

    @TempDir
    static Path tmp;

    static WebDriver driver;
    static Path out;
    /** Selenium warns that it has no DevTools binding for this Chromium version; the test does not use DevTools. */
    @BeforeAll
    static void render() throws IOException {
        assumeTrue(
                HeadlessChrome.installed(),
                "chromium and chromedriver are not installed (apt-get install chromium chromium-driver; .ci/run does it)");
        Path hostile = tmp.resolve("hostile.json");
        Files.writeString(hostile, """
                {"id": "x<script>alert(3)</script>", "channel": "chat",
                 "metadata": {"agent": "<img src=x onerror=alert(4)>", "team": "T&C \\"quoted\\"", "date": "2026-10-08"},
                 "turns": [
                  {"speaker": "customer", "text": "%s My parcel is late %s"},
                  {"speaker": "agent", "text": "I can't do anything about that %s. That's not my department."}
                 ]}
                """.formatted(INJECTION, IMG, INJECTION), StandardCharsets.UTF_8);
        out = tmp.resolve("html");
        StringWriter so = new StringWriter();
        StringWriter se = new StringWriter();
        int code = Cli.run(
                new PrintWriter(so, true),
                new PrintWriter(se, true),
                "score",
                "--format",
                "html",
                "--output",
                out.toString(),
                "samples/bad-call.txt",
                "samples/good-call.json",
                hostile.toString());
        assertEquals(0, code, se.toString());

        driver = HeadlessChrome.start(tmp.resolve("profile"), null, Duration.ofSeconds(30));
    }

    @AfterAll
    static void quit() {
        if (driver != null) driver.quit();
    }

    private static void open(String file) {
        driver.get(out.resolve(file).toUri().toString());
    }

    @Test
    void flaggedSpansAreHighlightedBySeverityWithTheRewriteBeside() {
        open("00001-bad-call.txt.html");
        List<WebElement> major = driver.findElements(By.cssSelector("mark.hl.sev-major"));
        assertFalse(major.isEmpty(), "major spans are highlighted");
        assertTrue(
                major.stream().anyMatch(m -> m.getText().equals("not my department")),
                major.stream().map(WebElement::getText).toList().toString());
        List<WebElement> minor = driver.findElements(By.cssSelector("mark.hl.sev-minor"));
        assertTrue(minor.stream().anyMatch(m -> m.getText().equals("Our policy says")));
        // the note beside the turn: rule, principle title from the catalogue, message and rewrite
        WebElement turn = driver.findElement(By.id("turn-5"));
        WebElement note = turn.findElement(By.cssSelector(".notes .note.sev-minor"));
        assertTrue(note.getText().contains("POS-POLICY"), note.getText());
        assertTrue(note.getText().contains("Explain the reason, not the rulebook"), note.getText());
        assertEquals(
                "Try: To keep it fair for everyone, returns are only accepted within 30 days of purchase.",
                note.findElement(By.cssSelector(".rewrite")).getText());
        // each mark points at its notes
        String ids = major.get(0).getAttribute("data-findings");
        for (String id : ids.split(" "))
            assertTrue(driver.findElement(By.id(id)).isDisplayed(), id);
        // marks are visibly coloured, not just classed
        String bg = major.get(0).getCssValue("background-color");
        assertFalse(bg.equals("rgba(0, 0, 0, 0)"), bg);
        // the score chart: one bar per category, the score as its width
        List<WebElement> bars = driver.findElements(By.cssSelector(".chart .bar-row"));
        assertEquals(11, bars.size());
        WebElement own = driver.findElement(By.cssSelector(".bar-row[data-category='ownership']"));
        assertEquals("70.0", own.findElement(By.cssSelector(".value")).getText());
        assertTrue(
                own.findElement(By.cssSelector(".fill")).getAttribute("style").contains("width: 70%"),
                own.findElement(By.cssSelector(".fill")).getAttribute("style"));
    }

    @Test
    void thePageSaysWhyTheCallFailedAndWhatToWorkOnFirst() {
        open("00001-bad-call.txt.html");
        WebElement verdict = driver.findElement(By.cssSelector(".verdict"));
        assertEquals("25.0/100 FAIL: score 25.0 is below the pass mark 80", verdict.getText());
        WebElement workOn = driver.findElement(By.cssSelector(".work-on"));
        WebElement chart = driver.findElement(By.cssSelector(".chart"));
        assertTrue(workOn.getLocation().getY() < chart.getLocation().getY(), "work on first comes before the chart");
        assertTrue(workOn.getLocation().getY() < 700, "and is on the first screen: " + workOn.getLocation());
        List<WebElement> items = workOn.findElements(By.cssSelector("li"));
        assertEquals(3, items.size());
        assertTrue(
                items.get(0)
                        .getText()
                        .startsWith(
                                "OWN-DEFLECT −45 points · 3 findings: turn 7 (00:25), turn 7 (00:25), turn 9 (00:36)"),
                items.get(0).getText());
        assertTrue(
                items.get(0).getText().contains("Try: Let me take care of this for you."),
                items.get(0).getText());
        // the link leads to the finding's note beside its turn
        items.get(0).findElements(By.tagName("a")).get(2).click();
        assertTrue(driver.getCurrentUrl().endsWith("#finding-6"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("finding-6")).getText().contains("I just work here"));
        // every category says what it cost, and red/amber/green follow the cost, not the category's own score
        WebElement own = driver.findElement(By.cssSelector(".bar-row[data-category='ownership']"));
        assertEquals(
                "−30 × 1.5 = −45 · OWN-DEFLECT ×3",
                own.findElement(By.cssSelector(".explain")).getText());
        assertTrue(own.getAttribute("class").contains("poor"));
        WebElement honesty = driver.findElement(By.cssSelector(".bar-row[data-category='honesty']"));
        assertTrue(honesty.getAttribute("class").contains("poor"), "90 that cost 10 points is not green");
        WebElement listening = driver.findElement(By.cssSelector(".bar-row[data-category='listening']"));
        assertTrue(listening.getAttribute("class").contains("fair"));
        assertEquals(
                "8 findings · 0 strengths",
                driver.findElement(By.cssSelector(".tally")).getText());
    }

    @Test
    void strengthsAreShownInGreen() {
        open("00002-good-call.json.html");
        List<WebElement> strengths = driver.findElements(By.cssSelector(".note.sev-strength"));
        assertFalse(strengths.isEmpty());
        assertEquals("rgba(46, 125, 50, 1)", strengths.get(0).getCssValue("border-left-color"));
        assertTrue(driver.findElement(By.cssSelector(".verdict")).getText().contains("PASS"));
    }

    @Test
    void scriptInjectionInATranscriptRendersAsText() {
        open("00003-hostile.json.html");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertTrue(driver.findElements(By.tagName("script")).isEmpty(), "no script element");
        assertTrue(driver.findElements(By.tagName("img")).isEmpty(), "no img element");
        String body = driver.findElement(By.tagName("body")).getText();
        assertTrue(body.contains(INJECTION + " My parcel is late " + IMG), body);
        assertTrue(body.contains("agent <img src=x onerror=alert(4)>"), body);
        assertTrue(driver.getTitle().contains("x<script>alert(3)</script>"), driver.getTitle());
        // the span inside the hostile agent turn is still highlighted, its text intact
        assertTrue(driver.findElements(By.cssSelector("#turn-2 mark.hl")).stream()
                .anyMatch(m -> m.getText().equals("I can't")));
    }

    @Test
    void theIndexLinksEveryPageWithThePerAgentSummary() {
        open("index.html");
        List<WebElement> links = driver.findElements(By.cssSelector("table.index a"));
        assertEquals(3, links.size());
        assertTrue(driver.findElements(By.tagName("img")).isEmpty());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        // worst first: bad-call (25) before the hostile chat, then good-call (100)
        assertEquals("bad-call", links.get(0).getText());
        assertEquals("good-call", links.get(2).getText());
        assertTrue(driver.findElement(By.id("filters")).isDisplayed(), "the script ran under the page's policy");
        links.get(0).click();
        assertTrue(driver.getCurrentUrl().endsWith("00001-bad-call.txt.html"), driver.getCurrentUrl());
        // from a page to the next in index order, and back to the index
        driver.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
        assertTrue(driver.getCurrentUrl().endsWith("00003-hostile.json.html"), driver.getCurrentUrl());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        driver.findElement(By.cssSelector("nav.pager a[rel=index]")).click();
        assertTrue(driver.getCurrentUrl().endsWith("index.html"), driver.getCurrentUrl());
        String text = driver.findElement(By.tagName("body")).getText();
        assertTrue(text.contains("By agent") && text.contains("Marcus Hale") && text.contains("By team"), text);
        assertTrue(
                text.contains("<img src=x onerror=alert(4)>"),
                "the hostile agent's name is text in the table and filter");
    }
}
