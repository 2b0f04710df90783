package org.cxlint.model;

import java.util.Locale;
import java.util.Optional;

/** Who spoke a turn. Only AGENT turns are judged by most rules. */
public enum Speaker {
    AGENT,
    CUSTOMER,
    BOT,
    UNKNOWN;

    /** Parses the labels people actually write ("Agent", "customer", "caller", "rep"...). */
    public static Optional<Speaker> parse(String label) {
        if (label == null) return Optional.empty();
        return switch (label.trim().toLowerCase(Locale.ROOT)) {
            case "agent", "rep", "representative", "advisor", "associate", "operator" -> Optional.of(AGENT);
            case "customer", "caller", "client", "user" -> Optional.of(CUSTOMER);
            case "bot", "assistant", "ivr", "virtual agent" -> Optional.of(BOT);
            case "unknown" -> Optional.of(UNKNOWN);
            default -> Optional.empty();
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
