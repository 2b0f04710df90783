package org.cxlint.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What agents say and customers do not, for guessing which speaker label is the agent ({@link RoleInference}):
 * language and house style, not code, so the rules folder's settings.yaml sets it (read by rules.RuleSettings,
 * which sits above ingest); these defaults are the bundled file's.
 *
 * @param turnsPerLabel      turns looked at per label: openings carry most evidence, and STT may split a turn in two
 * @param confidenceScale    confidence = 1 - exp(-lead / scale): with 2.5, a greeting plus an offer of help (lead 4) gives 0.8
 * @param maxConfidence      no guess from words is surer than this
 * @param fallbackConfidence the confidence of the guess when no cue speaks for anyone (first speaker on a call, most words in a chat)
 * @param firstOnCallWeight  the weight of speaking first on a call
 * @param cues               the cues, each counted once per label
 */
public record RoleCues(
        int turnsPerLabel,
        double confidenceScale,
        double maxConfidence,
        double fallbackConfidence,
        double firstOnCallWeight,
        List<Cue> cues) {
    private static final String ORG = "(?:bank|credit union|hotel|airlines?|insurance|energy|telecom|support|services?"
            + "|care|help ?desk|company|store|shop|cent(?:er|re)|team|department|clinic|pharmacy|office|billing)";

    public static final RoleCues DEFAULTS = new RoleCues(
            4,
            2.5,
            0.95,
            0.3,
            1.0,
            List.of(
                    // one cue, two shapes: "thank you for calling X" / "you've reached X", and "Hello, X Bank, Sam
                    // speaking"
                    new Cue(
                            "greets on behalf of a company",
                            2,
                            List.of(
                                    "\\bthanks?(?: you)? for (?:calling|contacting|choosing)\\b",
                                    "\\bwelcome to\\b",
                                    "\\byou(?:'ve| have) reached\\b",
                                    "\\bthis is \\w+ (?:from|at|with) \\w\\b",
                                    "\\byou(?:'re| are) (?:speaking|chatting|talking) (?:with|to)\\b",
                                    "^(?:(?:hello|hi|good (?:morning|afternoon|evening))[,.!]?\\s+)?(?:(?:this is|you've got|it's)\\s+)?"
                                            + "(?:[\\w'&]+\\s+){0,3}" + ORG
                                            + "(?=\\s*(?:[,.!]|$)|\\s+(?:my name|this is|\\w+ speaking|how))")),
                    new Cue(
                            "offers help",
                            2,
                            List.of(
                                    "\\b(?:how (?:can|may|might|could) (?:i|we) (?:help|assist)|what can i (?:do for you|help you with))")),
                    new Cue(
                            "asks if there is anything else",
                            1.5,
                            List.of("\\banything else (?:i|we) (?:can|could) (?:help|do|assist)")),
                    new Cue(
                            "handles the account (checks, asks for details, holds)",
                            1,
                            List.of(
                                    "\\b(?:let me (?:check|look|pull|see|verify|transfer|get)|(?:may|can|could) i (?:have|get|ask for) your"
                                            + "|(?:please|kindly) hold|bear with me|i can help you with)")),
                    new Cue(
                            "states a need (\"I need to\", \"my account\")",
                            -1,
                            List.of(
                                    "\\b(?:i (?:need|want|would like|'d like) to|my (?:card|account|order|bill|password|package|phone)"
                                            + "|i (?:lost|can't|cannot|didn't get|never received|was charged)|can you (?:help|send|tell) me)"))));

    public RoleCues {
        cues = List.copyOf(cues);
    }

    /**
     * One cue: any of its patterns found in a turn's text (lower-cased, apostrophes straightened; matched ignoring
     * case) adds its weight to the turn's label, negative for what customers say.
     *
     * @param what     the evidence shown in the report ("offers help")
     * @param patterns Java regular expressions
     */
    public record Cue(String what, double weight, List<String> patterns) {
        public Cue {
            patterns = List.copyOf(patterns);
        }

        /** The patterns as one expression, compiled (a bad one throws PatternSyntaxException). */
        public Pattern compile() {
            return Pattern.compile(
                    patterns.size() == 1
                            ? patterns.get(0)
                            : String.join(
                                    "|",
                                    patterns.stream().map(p -> "(?:" + p + ")").toList()),
                    Pattern.CASE_INSENSITIVE);
        }
    }
}
