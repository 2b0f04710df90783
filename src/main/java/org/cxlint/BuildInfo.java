package org.cxlint;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version and git commit this build was made from (cxlint/build.properties, filled in by Maven). */
public record BuildInfo(String version, String commit) {
    private static final BuildInfo CURRENT = read();

    public static BuildInfo current() {
        return CURRENT;
    }

    /** "0.1.0-SNAPSHOT (commit 1a2b3c4d5e6f)", or without the commit when the build did not know it. */
    public String describe() {
        return version + (commit.equals("unknown") ? "" : " (commit " + commit + ")");
    }

    private static BuildInfo read() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/cxlint/build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // an unreadable resource is a broken jar; the version is then unknown, nothing else depends on it
        }
        return new BuildInfo(known(p.getProperty("version")), known(p.getProperty("commit")));
    }

    /** A property the build did not fill in (built without Maven's filtering) stays "${...}". */
    private static String known(String v) {
        return v == null || v.isBlank() || v.contains("${") ? "unknown" : v.strip();
    }
}
