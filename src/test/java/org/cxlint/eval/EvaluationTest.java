package org.cxlint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxlint.Linter;
import org.cxlint.TestLinter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rule pack against hand labels (src/test/resources/eval/README.md). Precision and recall are
 * printed, never asserted: rules change and the figure is there to be read. What is asserted is what
 * must always hold: the labels are well formed and point at turns that exist.
 */
class EvaluationTest {
    /** The shared data lives beside the worktrees, outside the project: it may not be copied in. */
    static final Path DATA = Path.of(System.getProperty("eval.data", "../shared/data"));
    private static final int MIN_TURNS = 100;
    private static final int MAX_NOTE = 240;

    /** The label sets: the one the rules were tuned on, and the held-out one, each with its report file. */
    enum LabelSet {
        TUNING(Labels.RESOURCE, "eval-report.txt"),
        HELD_OUT(Labels.HELD_OUT, "eval-heldout.txt");

        final String resource;
        final String report;

        LabelSet(String resource, String report) {
            this.resource = resource;
            this.report = report;
        }
    }

    @ParameterizedTest
    @EnumSource(LabelSet.class)
    void labelsAreWellFormed(LabelSet set) {
        List<Label> labels = Labels.load(set.resource);
        assertTrue(labels.size() >= MIN_TURNS, "want at least " + MIN_TURNS + " labelled agent turns, have " + labels.size());
        Set<String> seen = new HashSet<>();
        String previous = "";
        for (Label l : labels) {
            String where = l.source() + "#" + l.conversation() + " turn " + l.turn();
            assertTrue(seen.add(where), "labelled twice: " + where);
            String order = l.source() + "\u0000" + l.conversation() + "\u0000" + String.format("%04d", l.turn());
            assertTrue(order.compareTo(previous) > 0, set.resource + " must stay sorted by source, conversation, turn: " + where);
            previous = order;
            assertTrue(l.turn() >= 0, where + ": negative turn");
            for (String f : l.breaks()) assertTrue(Behaviour.isFamily(f), where + ": unknown family " + f);
            for (String h : l.honours()) assertTrue(Behaviour.familyOf(h).isPresent(), where + ": unknown behaviour " + h);
            // notes explain judgement calls; a long one is likely to be pasted source text, which may not be kept here
            assertTrue(l.note() == null || l.note().length() <= MAX_NOTE, where + ": note longer than " + MAX_NOTE);
        }
    }

    @Test
    void theHeldOutSetSharesNoConversationWithTheTuningSet() {
        Set<ConversationRef> tuning = new HashSet<>();
        for (Label l : Labels.load(Labels.RESOURCE)) tuning.add(l.ref());
        for (Label l : Labels.load(Labels.HELD_OUT)) assertFalse(tuning.contains(l.ref()), "held out, yet in the tuning set: " + l.ref());
    }

    @ParameterizedTest
    @EnumSource(LabelSet.class)
    void labelsPointAtAgentTurnsThatExist(LabelSet set) {
        List<Label> labels = Labels.load(set.resource);
        Map<ConversationRef, Conversation> convs = conversations(labels);
        for (Label l : labels) {
            Conversation c = convs.get(l.ref());
            assertTrue(c != null, "no conversation " + l.ref() + " in " + DATA);
            int agentTurns = c.agentTurns().size();
            assertTrue(l.turn() < agentTurns, l.ref() + " has " + agentTurns + " agent turns, label says turn " + l.turn());
        }
    }

    @ParameterizedTest
    @EnumSource(LabelSet.class)
    void printsPrecisionAndRecallPerFamily(LabelSet set) throws IOException {
        List<Label> labels = Labels.load(set.resource);
        Linter linter = TestLinter.get();
        EvalResult r = Evaluation.run(labels, conversations(labels), linter::score);
        String table = (set == LabelSet.HELD_OUT ? "HELD-OUT SET (" + set.resource + ": never used to tune a rule)\n"
                : "TUNING SET (" + set.resource + ": the rules were tuned while reading these)\n")
                + EvalTable.render(r, Boolean.getBoolean("eval.details"));
        System.out.println(table);
        Path out = Path.of("target", set.report);
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);

        int truth = labels.stream().mapToInt(l -> Evaluation.keys(l).size()).sum();
        assertEquals(truth, r.total(Polarity.BREAKS).labelled() + r.total(Polarity.HONOURS).labelled(),
                "every label key is counted once");
        for (Polarity p : Polarity.values()) {
            for (var e : r.counts().get(p).entrySet()) {
                Counts c = e.getValue();
                assertTrue(c.truePositives() <= Math.min(c.flagged(), c.labelled()), p + " " + e.getKey() + ": " + c);
            }
        }
    }

    private static Map<ConversationRef, Conversation> conversations(List<Label> labels) {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "skipped: the evaluation data folder " + DATA.toAbsolutePath()
                + " is absent (it lives beside the project, never in it; set -Deval.data=DIR to point elsewhere)");
        Map<ConversationRef, Conversation> out = new HashMap<>();
        labels.stream().map(Label::source).distinct().forEach(s -> {
            Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve(s)), "skipped: " + DATA.resolve(s) + " is absent");
            out.putAll(new SourceLoader(DATA).load(s));
        });
        return out;
    }
}
