package org.cxlint.result;

import java.util.Locale;

/** Times in a call as people read them: mm:ss, or h:mm:ss from an hour on (whole seconds, rounded down). */
public final class Clock {
    private Clock() {}

    public static String of(double seconds) {
        long s = (long) Math.floor(Math.max(0, seconds));
        long h = s / 3600, m = s % 3600 / 60, sec = s % 60;
        return h > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%02d:%02d", m, sec);
    }

    /** "01:23" or "01:23-01:31"; null without a time. */
    public static String of(Report.Time t) {
        if (t == null) return null;
        return t.end() == null || Clock.of(t.end()).equals(Clock.of(t.start()))
                ? of(t.start())
                : of(t.start()) + "-" + of(t.end());
    }
}
