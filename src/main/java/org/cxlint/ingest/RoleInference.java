package org.cxlint.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;

/**
 * Guesses which speaker label is the agent when a format names speakers without roles (spk_0, "A", 0),
 * from what agents say and customers do not. Each cue adds weight to a label; the confidence grows with
 * the lead of the best label over the next, so a guess without evidence is reported as weak.
 */
final class RoleInference {
    /** Looked at per label: openings carry most evidence, and STT may split a turn in two. */
    private static final int TURNS_PER_LABEL = 4;
    /** Confidence = 1 - exp(-lead / SCALE): a greeting plus an offer of help (lead 4) gives 0.8. */
    private static final double SCALE = 2.5;
    private static final double MAX_CONFIDENCE = 0.95;
    /** When no cue speaks for anyone: the fallback guess and its confidence. */
    private static final double FALLBACK_CONFIDENCE = 0.3;

    private static final String ORG = "(?:bank|credit union|hotel|airlines?|insurance|energy|telecom|support|services?"
            + "|care|help ?desk|company|store|shop|cent(?:er|re)|team|department|clinic|pharmacy|office|billing)";

    record Cue(String what, double weight, Pattern pattern) {
        Cue(String what, double weight, String regex) {
            this(what, weight, Pattern.compile(regex));
        }
    }

    private static final List<Cue> CUES = List.of(
            // one cue, two shapes: "thank you for calling X" / "you've reached X", and "Hello, X Bank, Sam speaking"
            new Cue("greets on behalf of a company", 2, "\\b(?:thanks?(?: you)? for (?:calling|contacting|choosing)"
                    + "|welcome to|you(?:'ve| have) reached|this is \\w+ (?:from|at|with) \\w"
                    + "|you(?:'re| are) (?:speaking|chatting|talking) (?:with|to))\\b"
                    + "|^(?:(?:hello|hi|good (?:morning|afternoon|evening))[,.!]?\\s+)?(?:(?:this is|you've got|it's)\\s+)?"
                    + "(?:[\\w'&]+\\s+){0,3}" + ORG + "(?=\\s*(?:[,.!]|$)|\\s+(?:my name|this is|\\w+ speaking|how))"),
            new Cue("offers help", 2,
                    "\\b(?:how (?:can|may|might|could) (?:i|we) (?:help|assist)|what can i (?:do for you|help you with))"),
            new Cue("asks if there is anything else", 1.5, "\\banything else (?:i|we) (?:can|could) (?:help|do|assist)"),
            new Cue("handles the account (checks, asks for details, holds)", 1,
                    "\\b(?:let me (?:check|look|pull|see|verify|transfer|get)|(?:may|can|could) i (?:have|get|ask for) your"
                    + "|(?:please|kindly) hold|bear with me|i can help you with)"),
            new Cue("states a need (\"I need to\", \"my account\")", -1,
                    "\\b(?:i (?:need|want|would like|'d like) to|my (?:card|account|order|bill|password|package|phone)"
                    + "|i (?:lost|can't|cannot|didn't get|never received|was charged)|can you (?:help|send|tell) me)"));

    record Guess(List<String> agents, double confidence, List<String> evidence) {}

    private RoleInference() {}

    /** @param labels the labels to choose among, in order of first appearance */
    static Guess infer(Transcript t, List<String> labels) {
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, List<String>> why = new LinkedHashMap<>();
        for (String l : labels) {
            score.put(l, 0.0);
            why.put(l, new ArrayList<>());
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Turn turn : t.turns()) {
            String l = turn.label();
            if (!score.containsKey(l) || seen.merge(l, 1, Integer::sum) > TURNS_PER_LABEL) continue;
            String text = turn.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            for (Cue c : CUES) {
                if (c.pattern().matcher(text).find() && why.get(l).stream().noneMatch(w -> w.startsWith(c.what()))) {
                    score.merge(l, c.weight(), Double::sum);
                    why.get(l).add(c.what() + " (turn " + (turn.index() + 1) + ")");
                }
            }
        }
        boolean call = isCall(t.channel());
        String first = t.turns().stream().map(Turn::label).filter(score::containsKey).findFirst().orElse(labels.get(0));
        if (call) {
            score.merge(first, 1.0, Double::sum);
            why.get(first).add("speaks first on a call");
        }
        List<String> ranked = new ArrayList<>(labels);
        ranked.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
        String best = ranked.get(0);
        double lead = score.get(best) - (ranked.size() > 1 ? Math.max(0, score.get(ranked.get(1))) : 0);
        boolean hasAgentCue = why.get(best).stream().anyMatch(w -> !w.startsWith("speaks first"))
                && score.get(best) > 0;
        List<String> evidence = new ArrayList<>();
        if (!hasAgentCue) {
            String guess = call ? first : mostWords(t, labels);
            evidence.add("no agent phrases found; guessed " + guess + (call ? " because it speaks first on a call"
                    : " because it writes the most") + "; name the agent with --agent");
            return new Guess(List.of(guess), FALLBACK_CONFIDENCE, evidence);
        }
        for (String w : why.get(best)) evidence.add(best + " " + w);
        for (String other : ranked.subList(1, ranked.size())) {
            for (String w : why.get(other)) evidence.add(other + " " + w);
        }
        double confidence = Math.min(MAX_CONFIDENCE, 1 - Math.exp(-lead / SCALE));
        if (labels.size() > 2) evidence.add(labels.size() + " speakers; only " + best + " taken as the agent");
        return new Guess(List.of(best), Math.round(confidence * 100) / 100.0, evidence);
    }

    static boolean isCall(String channel) {
        String c = channel == null ? "" : channel.toLowerCase(Locale.ROOT);
        return c.equals("call") || c.equals("voice") || c.equals("phone");
    }

    private static String mostWords(Transcript t, List<String> labels) {
        Map<String, Integer> words = new LinkedHashMap<>();
        for (Turn turn : t.turns()) {
            if (labels.contains(turn.label()) && turn.speaker() != Speaker.BOT) {
                words.merge(turn.label(), turn.text().split("\\s+").length, Integer::sum);
            }
        }
        return words.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(labels.get(0));
    }
}
