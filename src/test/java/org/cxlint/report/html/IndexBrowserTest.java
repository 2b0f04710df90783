package org.cxlint.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cxlint.HeadlessChrome;
import org.cxlint.bench.GenerateTranscripts;
import org.cxlint.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The index of a 1,000-transcript batch (generated, 12 agents in 3 teams over six weeks, plus two broken
 * files and a file that is not a transcript), scored through the real command line, in headless Chromium:
 * worst first without the script, sorting and filtering with it, and how long it takes to load.
 * Skipped, saying why, where chromium and chromedriver are not installed.
 */
class IndexBrowserTest {
    static final int TRANSCRIPTS = 1000;

    @TempDir
    static Path tmp;

    static WebDriver driver;
    static Path index;
    static String html;

    @BeforeAll
    static void render() throws IOException {
        assumeTrue(
                HeadlessChrome.installed(),
                "chromium and chromedriver are not installed (apt-get install chromium chromium-driver; .ci/run does it)");
        Path calls = tmp.resolve("calls");
        GenerateTranscripts.write(calls, TRANSCRIPTS);
        Files.writeString(
                calls.resolve("call-000500-cut.json"),
                "{\"id\": \"cut\", \"turns\": [{\"speaker\": \"agent\", \"te",
                StandardCharsets.UTF_8);
        Files.writeString(calls.resolve("zz-empty.json"), "", StandardCharsets.UTF_8);
        Files.writeString(calls.resolve("stats.json"), "{\"calls\": 1000, \"agents\": 12}", StandardCharsets.UTF_8);
        Path out = tmp.resolve("html");
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
                "--threads",
                "2",
                calls.toString());
        assertEquals(3, code, se.toString());
        assertTrue(se.toString().contains("cxlint: skipped 1 file"), se.toString());
        index = out.resolve("index.html");
        html = Files.readString(index);

        driver = HeadlessChrome.start(tmp.resolve("profile"), "1280,900", Duration.ofSeconds(60));
    }

    @AfterAll
    static void quit() {
        if (driver != null) driver.quit();
    }

    @BeforeEach
    void open() {
        driver.get(index.toUri().toString());
    }

    @SuppressWarnings("unchecked")
    private static <T> T js(String script) {
        return (T) ((JavascriptExecutor) driver).executeScript(script);
    }

    /** A data attribute of every row, in the order the table shows them (hidden rows left out if asked). */
    private static List<String> column(String key, boolean visibleOnly) {
        return js("return Array.from(document.querySelectorAll('#calls tbody tr'))"
                + (visibleOnly ? ".filter(r => !r.hidden)" : "") + ".map(r => r.dataset." + key + " || null)");
    }

    private static void sortBy(String key) {
        driver.findElement(By.cssSelector("#calls th[data-key=" + key + "] button"))
                .click();
    }

    @Test
    void withoutTheScriptTheTableIsAlreadyWorstFirst() {
        List<String> scores = IndexPageTest.attr(html, "data-score");
        List<String> ids = IndexPageTest.attr(html, "data-id");
        assertEquals(TRANSCRIPTS, scores.size());
        assertEquals(TRANSCRIPTS + 2, ids.size(), "and the two files that could not be read, last");
        for (int i = 1; i < scores.size(); i++) {
            double a = Double.parseDouble(scores.get(i - 1)), b = Double.parseDouble(scores.get(i));
            assertTrue(a < b || a == b && ids.get(i - 1).compareTo(ids.get(i)) <= 0, "rows " + i + " and " + (i + 1));
        }
        assertTrue(
                Double.parseDouble(scores.get(0)) < Double.parseDouble(scores.get(scores.size() - 1)), "scores vary");
        assertEquals(
                List.of("error", "error"),
                IndexPageTest.attr(html, "data-verdict").subList(TRANSCRIPTS, TRANSCRIPTS + 2));
        // the charts: distribution, frequent findings and one trend per agent, each with a text alternative
        assertTrue(
                html.contains("<desc id=\"chart-scores-d\">Transcripts per score band, pass mark 80: 0-9: "),
                "histogram");
        assertTrue(
                html.contains("<desc id=\"chart-rules-d\">Counted findings per rule, most frequent first: "),
                "findings chart");
        assertEquals(
                12, html.split("<figure class=\"chart\" id=\"chart-agent-", -1).length - 1, "a weekly trend per agent");
    }

    @Test
    void sortingByAColumn() {
        assertEquals(
                column("rank", false),
                sortedCopy(column("rank", false), Comparator.comparingInt(Integer::parseInt)),
                "starts in index order");
        sortBy("agent");
        List<String> agents = column("agent", false);
        assertEquals(
                "ascending",
                driver.findElement(By.cssSelector("#calls th[data-key=agent]")).getAttribute("aria-sort"));
        assertEquals(
                sortedCopy(agents.subList(0, TRANSCRIPTS), Comparator.naturalOrder()), agents.subList(0, TRANSCRIPTS));
        assertEquals(
                2,
                agents.subList(TRANSCRIPTS, agents.size()).stream()
                        .filter(a -> a == null)
                        .count(),
                "no agent: last");
        sortBy("agent");
        List<String> down = column("agent", false);
        assertEquals("Agent 9", down.get(0));
        assertEquals(
                sortedCopy(
                        down.subList(0, TRANSCRIPTS),
                        Comparator.<String>naturalOrder().reversed()),
                down.subList(0, TRANSCRIPTS));
        sortBy("score");
        List<String> scores = column("score", false).subList(0, TRANSCRIPTS);
        assertEquals(sortedCopy(scores, Comparator.comparingDouble(Double::parseDouble)), scores);
        sortBy("score");
        List<String> best = column("score", false).subList(0, TRANSCRIPTS);
        assertEquals(
                sortedCopy(best, Comparator.comparingDouble(Double::parseDouble).reversed()), best);
    }

    private static <T> List<T> sortedCopy(List<T> list, Comparator<T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return copy;
    }

    private static long count(String attr, java.util.function.Predicate<String> test) {
        return IndexPageTest.attr(html, attr).stream().filter(test).count();
    }

    @Test
    void filteringByAgentAndByRule() {
        Select agent = new Select(driver.findElement(By.id("f-agent")));
        agent.selectByValue("Agent 3");
        long expected = count("data-agent", "Agent 3"::equals);
        assertTrue(expected > 50, "generated agents have many calls: " + expected);
        assertEquals(
                "Agent 3 (" + expected + ")", agent.getFirstSelectedOption().getText());
        List<String> shown = column("agent", true);
        assertEquals(expected, shown.size());
        assertTrue(shown.stream().allMatch("Agent 3"::equals), shown.toString());
        assertEquals(
                expected + " of " + (TRANSCRIPTS + 2) + " shown",
                driver.findElement(By.id("shown")).getText());

        Select rule = new Select(driver.findElement(By.id("f-rule")));
        rule.selectByValue("OWN-DEFLECT");
        List<String> rules = column("rules", true);
        assertTrue(
                !rules.isEmpty()
                        && rules.stream().allMatch(r -> List.of(r.split(" ")).contains("OWN-DEFLECT")),
                rules.toString());
        assertTrue(rules.size() < expected, "the rule narrows the agent's calls");
        assertTrue(column("agent", true).stream().allMatch("Agent 3"::equals));

        agent.selectByValue("");
        long withRule = count("data-rules", r -> List.of(r.split(" ")).contains("OWN-DEFLECT"));
        assertEquals(withRule, column("rules", true).size());
        assertEquals(
                "OWN-DEFLECT (" + withRule + ")", rule.getFirstSelectedOption().getText());

        // a score range and a verdict, then clearing everything
        rule.selectByValue("");
        driver.findElement(By.id("f-max")).sendKeys("60");
        List<String> low = column("score", true);
        assertEquals(count("data-score", s -> Double.parseDouble(s) <= 60), low.size());
        new Select(driver.findElement(By.id("f-verdict"))).selectByValue("pass");
        assertTrue(column("verdict", true).stream().allMatch("pass"::equals));
        driver.findElement(By.cssSelector("#filters button[type=reset]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> column("rank", true).size() == TRANSCRIPTS + 2);
    }

    @Test
    void loadsQuicklyAndLinksTheWorstCallWithItsNeighbours() {
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            driver.get(index.toUri().toString());
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> ((Number) js("return performance.getEntriesByType('navigation')[0].loadEventEnd"))
                                    .doubleValue()
                            > 0);
            loads.add(((Number) js("return performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue());
        }
        assertTrue(driver.findElement(By.id("filters")).isDisplayed(), "the script ran");
        System.out.printf(
                Locale.ROOT,
                "index of %d transcripts (%d KB): loaded in %s ms (Navigation Timing loadEventEnd)%n",
                TRANSCRIPTS,
                Files.exists(index) ? index.toFile().length() / 1024 : -1,
                loads);
        double best = loads.stream().min(Double::compare).orElseThrow();
        // The target is 2 s (README, Performance, gives the figures measured). Test machines are shared, so the test
        // holds the best of three loads to a bound that only a real regression (a slower script, a far larger page)
        // would pass, and prints the figures.
        assertTrue(best < 5000, "index load took " + loads + " ms");

        driver.findElement(By.cssSelector("#calls tbody tr a")).click();
        String first = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
        driver.findElement(By.cssSelector("nav.pager a[rel=prev]")).click();
        assertEquals(first, driver.getCurrentUrl());
        assertTrue(
                driver.findElement(By.cssSelector("nav.pager .pos")).getText().startsWith("1 of " + TRANSCRIPTS));
    }
}
