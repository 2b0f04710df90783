package org.cxlint.facts;

import java.util.Set;

/**
 * The thresholds and cue words that turn times and words into facts: a service level or a language's habits,
 * not code, so a QA lead sets them in the rules folder's settings.yaml (read by rules.RuleSettings); these
 * defaults are the bundled file's.
 */
public record FactSettings(Timing timing, Sentences sentences, Cues cues, Names names) {
    public static final FactSettings DEFAULTS =
            new FactSettings(Timing.DEFAULTS, Sentences.DEFAULTS, Cues.DEFAULTS, Names.DEFAULTS);

    /**
     * @param interruptionMinOverlapSeconds overlap below this is the segmentation's turn-taking jitter, not an interruption
     * @param simultaneousStartSeconds      two people starting within this of each other started together; neither interrupted
     * @param backchannelMaxWords           a turn of at most this many words ("mhm", "yeah right") is a backchannel:
     *                                      speech over it, or it over speech, is no interruption
     * @param silenceMinSeconds             shorter pauses are ordinary thinking or typing time
     * @param holdMinSeconds                a silence this long is a hold (the customer waits with nothing happening)
     * @param slowResponseSeconds           a chat customer waiting this long for a reply waits too long
     */
    public record Timing(
            double interruptionMinOverlapSeconds,
            double simultaneousStartSeconds,
            int backchannelMaxWords,
            double silenceMinSeconds,
            double holdMinSeconds,
            double slowResponseSeconds) {
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

    /**
     * Whether a phrase hit is the speaker's own statement. Words are compared as the tokenizer normalises them
     * (lower case, straight apostrophes, "n't" read as "not"); reporting verbs by lemma.
     *
     * @param scopeTokens        how far back (tokens) a hit's clause reaches when no boundary comes first
     * @param boundaries         tokens that end the clause looking back from a hit
     * @param negators           a hit after one of these in its clause is negated (a sentence-initial "no" is an answer, not one)
     * @param conditionals       a hit after one of these in its clause is hypothetical ("what if" counts too)
     * @param reporting          lemmas of verbs that report someone's speech ("you said ...")...
     * @param otherSubjects      ...when one of these, not the speaker, is the subject up to three tokens before the verb
     * @param elided             words an apostrophe shortens ('cause, 'em): that apostrophe opens no quotation
     * @param exceptionReachTokens an exception pattern starting up to this many tokens before a hit and overlapping it vetoes it
     */
    public record Cues(
            int scopeTokens,
            Set<String> boundaries,
            Set<String> negators,
            Set<String> conditionals,
            Set<String> reporting,
            Set<String> otherSubjects,
            Set<String> elided,
            int exceptionReachTokens) {
        public static final Cues DEFAULTS = new Cues(
                8,
                Set.of(",", ";", ":", "--", "-", "but", "because", "and", "so", "(", ")"),
                Set.of("not", "never", "no", "nobody", "neither", "nor"),
                Set.of("if", "suppose", "supposing", "imagine", "unless", "pretend", "whether"),
                Set.of("say", "tell", "claim", "write", "mention", "call"),
                Set.of(
                        "you",
                        "he",
                        "she",
                        "they",
                        "someone",
                        "somebody",
                        "people",
                        "it",
                        "who",
                        "sign",
                        "website",
                        "site",
                        "email",
                        "letter",
                        "customer",
                        "manager",
                        "guy",
                        "lady",
                        "agent",
                        "rep",
                        "representative",
                        "colleague",
                        "person",
                        "staff",
                        "store"),
                Set.of(
                        "cause", "cos", "coz", "cuz", "em", "til", "till", "bout", "n", "tis", "twas", "round", "nuff",
                        "kay", "cept", "fraid", "gainst", "neath", "scuse", "sup", "ello", "ere", "ow"),
                4);

        public Cues {
            boundaries = Set.copyOf(boundaries);
            negators = Set.copyOf(negators);
            conditionals = Set.copyOf(conditionals);
            reporting = Set.copyOf(reporting);
            otherSubjects = Set.copyOf(otherSubjects);
            elided = Set.copyOf(elided);
        }
    }

    /**
     * Where a word is someone's name. Words are compared as the tokenizer normalises them.
     *
     * @param titles      words before a surname ("mr smith"); the name after one is addressed
     * @param openers     words that open a sentence and may be followed by the name of the person addressed ("Hi Priya")
     * @param notNames    capitalised words people address that are not names ("Hi there", "Thanks, Team")
     * @param introWindow how many tokens back "my name is", "this is", "I'm" may stand from the name it introduces
     */
    public record Names(Set<String> titles, Set<String> openers, Set<String> notNames, int introWindow) {
        public static final Names DEFAULTS = new Names(
                Set.of("mr", "mrs", "ms", "miss", "mister", "dr", "mr.", "mrs.", "ms.", "dr."),
                Set.of(
                        "hi",
                        "hello",
                        "hey",
                        "hiya",
                        "howdy",
                        "dear",
                        "morning",
                        "afternoon",
                        "evening",
                        "thanks",
                        "thank",
                        "sorry",
                        "welcome",
                        "greetings",
                        "ah",
                        "oh",
                        "yes",
                        "no",
                        "ok",
                        "okay",
                        "great",
                        "absolutely",
                        "congrats",
                        "congratulations",
                        "cheers",
                        "night",
                        "day"),
                Set.of(
                        "there",
                        "all",
                        "everyone",
                        "everybody",
                        "team",
                        "folks",
                        "guys",
                        "friend",
                        "friends",
                        "again",
                        "sir",
                        "madam",
                        "ma'am",
                        "maam",
                        "mate",
                        "buddy",
                        "pal",
                        "love",
                        "y'all",
                        "you",
                        "both",
                        "back",
                        "twitter",
                        "so",
                        "much",
                        "too",
                        "today",
                        "tonight",
                        "sorry",
                        "thanks",
                        "thank",
                        "please",
                        "hi",
                        "hello",
                        "hey",
                        "ok",
                        "okay",
                        "dm",
                        "us",
                        "we",
                        "i",
                        "it",
                        "yours",
                        "that",
                        "this",
                        "for",
                        "and",
                        "but",
                        "customer",
                        "member",
                        "valued",
                        "fam",
                        "neighbor",
                        "neighbour",
                        "monday",
                        "tuesday",
                        "wednesday",
                        "thursday",
                        "friday",
                        "saturday",
                        "sunday",
                        "yes",
                        "no",
                        "there's",
                        "support"),
                3);

        public Names {
            titles = Set.copyOf(titles);
            openers = Set.copyOf(openers);
            notNames = Set.copyOf(notNames);
        }
    }
}
