package org.cxlint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cxlint.HeadlessChrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The served index, an agent's trend page and a coach page in a real headless Chromium (Debian's chromium
 * and chromedriver, as for the HTML report); skipped, saying why, where they are not installed.
 */
class ServedPagesBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void indexTrendAndCoachPageInABrowser() throws Exception {
        assumeTrue(
                HeadlessChrome.installed(),
                "chromium and chromedriver are not installed (apt-get install chromium chromium-driver; .ci/run does it)");
        try (Served s = new Served(tmp.resolve("data"))) {
            byte[] bad = Files.readAllBytes(Path.of("samples/bad-call.txt"));
            s.post("/v1/transcripts?date=2026-10-06&id=w1", bad);
            s.post("/v1/transcripts?date=2026-10-14&id=w2", bad);
            s.post(
                    "/v1/transcripts?agent=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&id=%3Cb%20onclick%3Dalert(2)%3Ebold",
                    Files.readAllBytes(Path.of("samples/good-call.json")));
            WebDriver driver = HeadlessChrome.start(tmp.resolve("profile"), "1200,900", Duration.ofSeconds(30));
            try {
                driver.get(s.base + "/");
                assertEquals("cxlint", driver.getTitle());
                List<WebElement> agents = driver.findElements(By.cssSelector("#agents tbody tr"));
                assertEquals(2, agents.size());
                assertTrue(
                        driver.findElement(By.id("agents")).getText().contains("<img src=x onerror=alert(1)>"),
                        "a hostile agent name is shown as text");
                assertEquals(
                        3,
                        driver.findElements(By.cssSelector("#calls tbody tr")).size());
                assertThrows(
                        NoAlertPresentException.class, () -> driver.switchTo().alert(), "no script ran");
                Files.write(tmp.resolve("index.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

                driver.findElement(By.linkText("Marcus Hale")).click();
                driver.get(driver.getCurrentUrl() + "?from=2026-09-01&to=2026-10-31");
                List<WebElement> weeks = driver.findElements(By.cssSelector("#weeks tbody tr"));
                assertEquals(2, weeks.size(), "two ISO weeks");
                assertTrue(
                        weeks.get(0).getText().startsWith("2026-10-05 1 25.0 0%"),
                        weeks.get(0).getText());

                driver.findElement(By.cssSelector("#calls a")).click();
                assertTrue(driver.getTitle().contains("w"), driver.getTitle());
                assertTrue(
                        driver.findElements(By.cssSelector("mark, .flag, .sev-major"))
                                        .size()
                                > 0,
                        "the coach page is the HTML report's, with its highlights");
            } finally {
                driver.quit();
            }
        }
    }
}
