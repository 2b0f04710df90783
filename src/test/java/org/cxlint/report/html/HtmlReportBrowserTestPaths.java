package org.cxlint.report.html;

/** Where the browser tests find Chromium and its driver (Debian's paths; override with system properties). */
final class HtmlReportBrowserTestPaths {
    static final String CHROMIUM = System.getProperty("cxlint.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("cxlint.chromedriver", "/usr/bin/chromedriver");

    private HtmlReportBrowserTestPaths() {}
}
