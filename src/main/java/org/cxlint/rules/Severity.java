package org.cxlint.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How bad a finding is; {@code STRENGTH} marks behaviour worth praising. Ordered from worst. */
public enum Severity {
    CRITICAL,
    MAJOR,
    MINOR,
    INFO,
    STRENGTH;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "unknown severity \"" + s + "\" (use critical, major, minor, info, strength)");
        }
    }
}
