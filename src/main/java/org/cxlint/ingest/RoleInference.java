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
 * the lead of the best label over the next, so a guess without evidence is reported as weak. The cues and
 * numbers are settings ({@link RoleCues}).
 */
final class RoleInference {
    static final RoleInference DEFAULT = new RoleInference(RoleCues.DEFAULTS);

    private record Cue(String what, double weight, Pattern pattern) {}

    private final RoleCues settings;
    private final List<Cue> cues;

    RoleInference(RoleCues settings) {
        this.settings = settings;
        this.cues = settings.cues().stream()
                .map(c -> new Cue(c.what(), c.weight(), c.compile()))
                .toList();
    }

    record Guess(List<String> agents, double confidence, List<String> evidence) {}

    /** @param labels the labels to choose among, in order of first appearance */
    Guess infer(Transcript t, List<String> labels) {
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, List<String>> why = new LinkedHashMap<>();
        for (String l : labels) {
            score.put(l, 0.0);
            why.put(l, new ArrayList<>());
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Turn turn : t.turns()) {
            String l = turn.label();
            if (!score.containsKey(l) || seen.merge(l, 1, Integer::sum) > settings.turnsPerLabel()) continue;
            String text = turn.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            for (Cue c : cues) {
                if (c.pattern().matcher(text).find() && why.get(l).stream().noneMatch(w -> w.startsWith(c.what()))) {
                    score.merge(l, c.weight(), Double::sum);
                    why.get(l).add(c.what() + " (turn " + (turn.index() + 1) + ")");
                }
            }
        }
        boolean call = isCall(t.channel());
        String first = t.turns().stream()
                .map(Turn::label)
                .filter(score::containsKey)
                .findFirst()
                .orElse(labels.get(0));
        if (call) {
            score.merge(first, settings.firstOnCallWeight(), Double::sum);
            why.get(first).add("speaks first on a call");
        }
        List<String> ranked = new ArrayList<>(labels);
        ranked.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
        String best = ranked.get(0);
        double lead = score.get(best) - (ranked.size() > 1 ? Math.max(0, score.get(ranked.get(1))) : 0);
        boolean hasAgentCue =
                why.get(best).stream().anyMatch(w -> !w.startsWith("speaks first")) && score.get(best) > 0;
        List<String> evidence = new ArrayList<>();
        if (!hasAgentCue) {
            String guess = call ? first : mostWords(t, labels);
            evidence.add("no agent phrases found; guessed " + guess
                    + (call ? " because it speaks first on a call" : " because it writes the most")
                    + "; name the agent with --agent");
            return new Guess(List.of(guess), settings.fallbackConfidence(), evidence);
        }
        for (String w : why.get(best)) evidence.add(best + " " + w);
        for (String other : ranked.subList(1, ranked.size())) {
            for (String w : why.get(other)) evidence.add(other + " " + w);
        }
        double confidence = Math.min(settings.maxConfidence(), 1 - Math.exp(-lead / settings.confidenceScale()));
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
        return words.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(labels.get(0));
    }
}
