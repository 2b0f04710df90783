package org.cxlint.facts;

/**
 * The thresholds that turn times and words into facts: a service level, not code, so a QA lead sets them in
 * the rules folder's settings.yaml (read by rules.RuleSettings); these defaults are the bundled file's.
 */
public record FactSettings(Timing timing, Sentences sentences) {
    public static final FactSettings DEFAULTS = new FactSettings(Timing.DEFAULTS, Sentences.DEFAULTS);

    /**
     * @param interruptionMinOverlapSeconds overlap below this is the segmentation's turn-taking jitter, not an interruption
     * @param simultaneousStartSeconds      two people starting within this of each other started together; neither interrupted
     * @param backchannelMaxWords           a turn of at most this many words ("mhm", "yeah right") is a backchannel:
     *                                      speech over it, or it over speech, is no interruption
     * @param silenceMinSeconds             shorter pauses are ordinary thinking or typing time
     * @param holdMinSeconds                a silence this long is a hold (the customer waits with nothing happening)
     * @param slowResponseSeconds           a chat customer waiting this long for a reply waits too long
     */
    public record Timing(double interruptionMinOverlapSeconds, double simultaneousStartSeconds, int backchannelMaxWords,
                         double silenceMinSeconds, double holdMinSeconds, double slowResponseSeconds) {
        public static final Timing DEFAULTS = new Timing(1.0, 1.0, 3, 5.0, 30.0, 60.0);
    }

    /**
     * @param repeatedMinWords  an agent sentence repeated word for word reads as a script from this many words
     *                          (shorter ones, "Thank you.", repeat naturally)
     * @param shoutingMinWords  a turn counts as shouting with at least this many words in capitals...
     * @param shoutingMinShare  ...making up at least this share of its words
     */
    public record Sentences(int repeatedMinWords, int shoutingMinWords, double shoutingMinShare) {
        public static final Sentences DEFAULTS = new Sentences(5, 3, 0.6);
    }
}
