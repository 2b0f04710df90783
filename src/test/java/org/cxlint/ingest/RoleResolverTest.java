package org.cxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.model.Roles;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.junit.jupiter.api.Test;

class RoleResolverTest {
    /** Turns as "label|text"; roles unknown unless the label is a role word. */
    private static Transcript transcript(String channel, String... turns) {
        List<Turn> out = new ArrayList<>();
        for (String s : turns) {
            String[] p = s.split("\\|", 2);
            out.add(new Turn(out.size(), Speaker.parse(p[0]).orElse(Speaker.UNKNOWN), p[1], null, null, p[0]));
        }
        return new Transcript("t", "t.json", "test", channel, null, out);
    }

    private static String speakers(Transcript t) {
        return String.join(",", t.turns().stream().map(x -> x.speaker().label()).toList());
    }

    @Test
    void agentOptionMapsLabels() {
        Transcript t = new RoleResolver(List.of("SPK_1"))
                .resolve(transcript("call", "spk_0|Hi, I lost my card.", "spk_1|Sorry to hear that.", "spk_0|Thanks."));
        assertEquals("customer,agent,customer", speakers(t));
        assertEquals(
                new Roles(
                        Roles.OPTION,
                        1.0,
                        List.of("spk_1"),
                        List.of("--agent spk_1; other speakers taken as the customer")),
                t.roles());
    }

    @Test
    void agentOptionFixesSwappedRoles() {
        Transcript t = new RoleResolver(List.of("customer"))
                .resolve(transcript(
                        "chat", "agent|My parcel never came.", "customer|I'm sorry, let me check that for you."));
        assertEquals("customer,agent", speakers(t));
        assertEquals(Roles.OPTION, t.roles().method());
    }

    @Test
    void agentOptionThatMatchesNobodyIsNotedAndRolesComeFromTheSource() {
        Transcript t = new RoleResolver(List.of("spk_1")).resolve(transcript("chat", "agent|Hello.", "customer|Hi."));
        assertEquals("agent,customer", speakers(t));
        assertEquals(Roles.SOURCE, t.roles().method());
        assertTrue(
                t.roles().evidence().get(0).startsWith("--agent spk_1 matched no speaker"),
                t.roles().toString());
    }

    @Test
    void inferenceFindsTheAgentByWhatTheySay() {
        Transcript t = RoleResolver.NONE.resolve(transcript(
                "chat",
                "A|hi, I can't log in to my account",
                "B|Thanks for contacting Corvid Books! How can I help?",
                "A|my password doesn't work",
                "B|Let me check that for you."));
        assertEquals("customer,agent,customer,agent", speakers(t));
        assertEquals(List.of("B"), t.roles().agents());
        assertFalse(t.roles().low(), t.roles().toString());
        assertTrue(
                t.roles().evidence().stream().anyMatch(e -> e.startsWith("B offers help")),
                t.roles().toString());
    }

    @Test
    void withoutEvidenceTheGuessIsMarkedLow() {
        Transcript t = RoleResolver.NONE.resolve(transcript("call", "x|Hello.", "y|Hello there.", "x|Right."));
        assertEquals("agent,customer,agent", speakers(t));
        assertTrue(t.roles().low());
        assertEquals(0.3, t.roles().confidence());
        assertTrue(
                t.roles().evidence().get(0).contains("speaks first on a call"),
                t.roles().toString());
    }

    @Test
    void chatWithoutEvidenceGuessesTheOneWhoWritesMost() {
        Transcript t = RoleResolver.NONE.resolve(
                transcript("chat", "x|Hello.", "y|Hello there, one moment while I look.", "x|ok"));
        assertEquals(List.of("y"), t.roles().agents());
        assertTrue(t.roles().low());
    }

    @Test
    void whenTheSourceNamesOnlyTheAgentTheOtherSpeakerIsTheCustomer() {
        Transcript t = RoleResolver.NONE.resolve(transcript("chat", "agent|Hello, how can I help?", "Dana|Hi."));
        assertEquals("agent,customer", speakers(t));
        assertEquals(Roles.INFERRED, t.roles().method());
        assertEquals(0.8, t.roles().confidence());
    }

    @Test
    void sourceRolesAreLeftAlone() {
        Transcript t = RoleResolver.NONE.resolve(transcript("chat", "agent|Hello.", "customer|Hi."));
        assertEquals(Roles.FROM_SOURCE, t.roles());
    }

    @Test
    void greetingCuesOutweighSpeakingFirst() {
        // a customer who talks first on a call still loses to the one who greets for the company
        Transcript t = RoleResolver.NONE.resolve(transcript(
                "call",
                "spk_0|Hello? Hello?",
                "spk_1|Good morning, Harbourline Insurance, Felix speaking. How may I help?",
                "spk_0|I need to claim for my car."));
        assertEquals(List.of("spk_1"), t.roles().agents());
        assertFalse(t.roles().low(), t.roles().toString());
    }

    @Test
    void aCustomerMentioningCustomerServiceIsNotGreetingForTheCompany() {
        Transcript t = RoleResolver.NONE.resolve(transcript(
                "chat",
                "A|hi I have a problem with your customer service",
                "B|Hello, Corvid Books support, Sam speaking.",
                "A|they never called me back"));
        assertEquals(List.of("B"), t.roles().agents());
        assertTrue(
                t.roles().evidence().stream().noneMatch(e -> e.startsWith("A greets")),
                t.roles().toString());
    }

    @Test
    void unpunctuatedSpeechToTextGreetingCounts() {
        Transcript t = RoleResolver.NONE.resolve(transcript(
                "chat", "caller1|hi there", "agent7|hello this is harper valley national bank my name is elizabeth"));
        assertEquals(List.of("agent7"), t.roles().agents());
    }
}
