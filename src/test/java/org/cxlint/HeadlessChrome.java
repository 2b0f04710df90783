package org.cxlint;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser the HTML tests look at pages with: Debian's headless Chromium and its driver (override the paths
 * with the system properties {@code cxlint.chromium} and {@code cxlint.chromedriver}), one set of flags for all.
 */
public final class HeadlessChrome {
    public static final String CHROMIUM = System.getProperty("cxlint.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("cxlint.chromedriver", "/usr/bin/chromedriver");

    private HeadlessChrome() {}

    /** Whether both the browser and its driver are installed (the tests are skipped without them). */
    public static boolean installed() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /**
     * @param profile    a fresh folder for the browser's profile
     * @param windowSize "1280,900" and the like, or null for the browser's default
     */
    public static ChromeDriver start(Path profile, String windowSize, Duration pageLoad) {
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile);
        if (windowSize != null) options.addArguments("--window-size=" + windowSize);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(pageLoad);
        return driver;
    }
}
