package org.cxlint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.cxlint.model.Metadata;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.cxlint.report.Report;
import org.cxlint.rules.Severity;
import org.junit.jupiter.api.Test;

/** The counting rules of {@link Evaluation}, on a made-up conversation and a fake scorer (no data, no CoreNLP). */
class EvaluationCountingTest {
    private static final ConversationRef REF = new ConversationRef("made/up.json", "c1");

    @Test
    void countsAtConversationTurnFamilyAndPolarity() {
        Transcript t = new Transcript("c1", "made/up.json", "test", "chat", Metadata.EMPTY, List.of(
                new Turn(0, Speaker.CUSTOMER, "It broke again.", null, null),
                new Turn(1, Speaker.AGENT, "Hi Ann, thanks. Not my department.", null, null),
                new Turn(2, Speaker.CUSTOMER, "Seriously?", null, null),
                new Turn(3, Speaker.AGENT, "We can't do that.", null, null)));
        List<Label> labels = List.of(
                new Label("made/up.json", "c1", 0, List.of("ownership"), List.of("greeting", "thanks"), null),
                new Label("made/up.json", "c1", 1, List.of(), List.of(), null));
        List<Report.Item> findings = List.of(
                item("OWN", "ownership", Severity.MAJOR, 2),            // agent turn 0: true positive
                item("HI", "connection", Severity.STRENGTH, 2),         // two strengths of one family on one turn ...
                item("THX", "connection", Severity.STRENGTH, 2),        // ... count once
                item("REFUSE", "positive-language", Severity.MINOR, 4), // agent turn 1: false positive
                item("CUST", "empathy", Severity.MAJOR, 3));            // customer turn: not compared
        EvalResult r = Evaluation.run(labels, Map.of(REF, new Conversation(REF, t)),
                x -> new Report(Report.SCHEMA, null, null, findings));

        assertEquals(new Counts(1, 1, 1), r.counts().get(Polarity.BREAKS).get("ownership"));
        assertEquals(new Counts(0, 1, 0), r.counts().get(Polarity.BREAKS).get("positive-language"));
        assertEquals(new Counts(0, 0, 0), r.counts().get(Polarity.BREAKS).get("empathy"));
        assertEquals(new Counts(1, 1, 1), r.counts().get(Polarity.HONOURS).get("connection"));
        assertEquals(1, r.falsePositives().size());
        assertEquals("REFUSE", r.falsePositives().get(0).rule());
        assertEquals(0, r.misses().size());
        assertEquals(0.5, r.total(Polarity.BREAKS).precision());
    }

    @Test
    void missesAreLabelsNoRuleFlagged() {
        Transcript t = new Transcript("c1", "made/up.json", "test", "chat", Metadata.EMPTY,
                List.of(new Turn(0, Speaker.AGENT, "Please hold.", null, null)));
        List<Label> labels = List.of(new Label("made/up.json", "c1", 0, List.of("honesty"), List.of("hold-explained"), null));
        EvalResult r = Evaluation.run(labels, Map.of(REF, new Conversation(REF, t)),
                x -> new Report(Report.SCHEMA, null, null, List.of()));
        assertEquals(2, r.misses().size());
        assertEquals(new Counts(1, 0, 0), r.counts().get(Polarity.HONOURS).get("responsiveness"));
        assertEquals(Double.NaN, r.total(Polarity.BREAKS).precision());
    }

    private static Report.Item item(String rule, String category, Severity s, int oneBasedTurn) {
        return new Report.Item(rule, "p", category, s, 0, oneBasedTurn, "agent", null, null, null, null, null, "m", null);
    }
}
