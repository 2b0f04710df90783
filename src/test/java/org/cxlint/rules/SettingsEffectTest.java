package org.cxlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.TestLinter;
import org.cxlint.facts.CustomerName;
import org.cxlint.facts.FactBuilder;
import org.cxlint.facts.FactSettings;
import org.cxlint.facts.Phrase;
import org.cxlint.facts.PhraseHit;
import org.cxlint.facts.PhraseMatcher;
import org.cxlint.facts.TokenPattern;
import org.cxlint.ingest.RoleResolver;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.junit.jupiter.api.Test;

/** Each section of settings.yaml reaches the code that reads it: one changed value, one changed outcome. */
class SettingsEffectTest {
    private static final Phrase JOB =
            new Phrase("job", List.of(TokenPattern.compile("that @be not my job")), List.of());

    private static FactSettings facts(String yaml) {
        return RuleSettings.parse("team/settings.yaml", yaml).facts();
    }

    private static Transcript agentSays(String... texts) {
        List<Turn> turns = new ArrayList<>();
        for (String t : texts) turns.add(new Turn(turns.size(), Speaker.AGENT, t, null, null));
        return new Transcript("t", "t", "text", "chat", null, turns);
    }

    private static List<PhraseHit> hits(Phrase p, FactSettings.Cues cues, String agentText) {
        return new PhraseMatcher(List.of(p), cues).match(TestLinter.nlp().annotate(agentSays(agentText)));
    }

    @Test
    void anAddedNegatorNegatesAHit() {
        String text = "I hardly think that's not my job.";
        assertFalse(hits(JOB, FactSettings.Cues.DEFAULTS, text).get(0).negated());
        FactSettings.Cues hardly =
                facts("cues:\n  negators: [not, never, hardly]\n").cues();
        assertTrue(hits(JOB, hardly, text).get(0).negated());
    }

    @Test
    void aNarrowerScopeLetsAFarNegatorGo() {
        String text = "I would never ever in a million years say that's not my job.";
        assertTrue(hits(JOB, FactSettings.Cues.DEFAULTS, text).get(0).negated());
        assertFalse(hits(JOB, facts("cues:\n  scopeTokens: 3\n").cues(), text)
                .get(0)
                .negated());
    }

    @Test
    void conditionalsReportingAndElisionsAreTheListsGiven() {
        String unless = "Supposedly that's not my job.";
        assertFalse(hits(JOB, FactSettings.Cues.DEFAULTS, unless).get(0).hypothetical());
        assertTrue(hits(JOB, facts("cues:\n  conditionals: [supposedly]\n").cues(), unless)
                .get(0)
                .hypothetical());
        String reported = "My colleague said that's not my job.";
        assertTrue(hits(JOB, FactSettings.Cues.DEFAULTS, reported).get(0).quoted());
        assertFalse(hits(JOB, facts("cues:\n  otherSubjects: [manager]\n").cues(), reported)
                .get(0)
                .quoted());
        // 'cause elides "because": no quotation opens, unless the list forgets it
        String elided = "It's 'cause that's not my job.";
        assertFalse(hits(JOB, FactSettings.Cues.DEFAULTS, elided).get(0).quoted());
        assertTrue(hits(JOB, facts("cues:\n  elided: [em]\n").cues(), elided)
                .get(0)
                .quoted());
    }

    @Test
    void theExceptionReachDecidesWhetherAnEarlierExceptionVetoes() {
        Phrase myJob = new Phrase(
                "my-job",
                List.of(TokenPattern.compile("my job")),
                List.of(TokenPattern.compile("that @be not my job")));
        String text = "That's not my job.";
        assertTrue(hits(myJob, FactSettings.Cues.DEFAULTS, text)
                .isEmpty()); // the exception starts 3 tokens before: within 4
        assertEquals(
                1,
                hits(myJob, facts("cues:\n  exceptionReachTokens: 2\n").cues(), text)
                        .size());
    }

    @Test
    void aWordAddedToNotNamesIsNoLongerTakenForTheCustomersName() {
        Transcript t = agentSays("Hi Priya, how can I help you today?");
        assertEquals(List.of(new CustomerName("Priya", "addressed")), names(FactSettings.DEFAULTS, t));
        FactSettings noPriya = facts("names:\n  notNames: [there, priya]\n");
        assertEquals(List.of(), names(noPriya, t));
        FactSettings noHi = facts("names:\n  openers: [hello]\n");
        assertEquals(List.of(), names(noHi, t), "without \"hi\" as an opener, Priya is not addressed");
    }

    private static List<CustomerName> names(FactSettings settings, Transcript t) {
        FactBuilder b = new FactBuilder(new PhraseMatcher(List.of()), settings);
        return b.facts(t, TestLinter.nlp().annotate(t)).stream()
                .filter(CustomerName.class::isInstance)
                .map(CustomerName.class::cast)
                .toList();
    }

    @Test
    void roleEvidenceIsTheListGiven() {
        Transcript chat = new Transcript(
                "t",
                "t",
                "json",
                "chat",
                null,
                List.of(
                        new Turn(0, Speaker.UNKNOWN, "Ahoy, what seems to be the trouble?", null, null, "x"),
                        new Turn(1, Speaker.UNKNOWN, "Hello, how can I help you?", null, null, "y")));
        assertEquals(List.of("y"), RoleResolver.NONE.resolve(chat).roles().agents());
        RuleSettings.Values pirate = RuleSettings.parse(
                "team/settings.yaml",
                "roles:\n  evidence:\n    - {what: greets like a pirate, weight: 2, patterns: ['\\bAHOY\\b']}\n");
        var roles = new RoleResolver(List.of(), pirate.roles()).resolve(chat).roles();
        assertEquals(List.of("x"), roles.agents());
        assertEquals("x greets like a pirate (turn 1)", roles.evidence().get(0));
        RuleSettings.Values unsure = RuleSettings.parse("team/settings.yaml", "roles:\n  maxConfidence: 0.5\n");
        assertEquals(
                0.5,
                new RoleResolver(List.of(), unsure.roles())
                        .resolve(chat)
                        .roles()
                        .confidence());
    }
}
