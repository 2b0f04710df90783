package org.cxlint.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The families (= scorecard categories) and the positive behaviours the labels use. Rules report
 * families, labels record the finer behaviour, so the comparison maps each behaviour to its family.
 */
public final class Behaviour {
    public static final List<String> FAMILIES = List.of("ownership", "positive-language", "empathy", "honesty",
            "listening", "connection", "professionalism", "knowledge", "promises", "responsiveness");

    private static final Map<String, String> FAMILY_OF = Map.ofEntries(
            Map.entry("apology", "honesty"),
            Map.entry("empathy", "empathy"),
            Map.entry("name-use", "connection"),
            Map.entry("greeting", "connection"),
            Map.entry("thanks", "connection"),
            Map.entry("check-back", "listening"),
            Map.entry("clarifying-question", "listening"),
            Map.entry("specific-commitment", "promises"),
            Map.entry("alternative-offered", "positive-language"),
            Map.entry("ownership-taken", "ownership"),
            // not in the first list of behaviours: "one moment please" / "thanks for holding" is how
            // responsiveness shows in a chat without timestamps
            Map.entry("hold-explained", "responsiveness"));

    private Behaviour() {}

    public static Optional<String> familyOf(String behaviour) {
        return Optional.ofNullable(FAMILY_OF.get(behaviour));
    }

    public static boolean isFamily(String id) {
        return FAMILIES.contains(id);
    }
}
