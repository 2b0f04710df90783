package org.cxlint.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.nlp.AnnotatedTurn;
import org.cxlint.nlp.Sentence;
import org.cxlint.nlp.Token;

/**
 * Whether the customer's name is known, and where the agent used it. The name comes from the metadata, from
 * the customer (an introduction, a sign-off), or from the agent addressing them ("Hi Priya.", "Thanks, Omar!",
 * "thank you mr smith"). Names that belong to the agent (their sign-off, their introduction, the metadata) or
 * to the brand are never taken for the customer's.
 */
final class NameFacts {
    private NameFacts() {}

    static void derive(Transcript t, List<AnnotatedTurn> turns, NameCues cues, Consumer<Object> out) {
        Set<String> notCustomer = cues.notCustomer(t, turns);
        String known =
                t.metadata().customer() != null && !t.metadata().customer().isBlank()
                        ? t.metadata().customer().strip()
                        : null;
        String source = known == null ? null : "metadata";
        if (known == null) {
            known = cues.fromCustomer(turns, notCustomer);
            if (known != null) source = "customer";
        }
        Set<String> parts = parts(known, notCustomer, cues);
        List<NameMention> mentions = new ArrayList<>();
        for (AnnotatedTurn at : turns) {
            if (at.turn().speaker() != Speaker.AGENT) continue;
            int index = at.turn().index();
            for (Sentence s : at.sentences()) {
                List<Token> tok = s.tokens();
                for (int i = 0; i < tok.size(); i++) {
                    Token w = tok.get(i);
                    boolean vocative = cues.addressed(tok, i, notCustomer);
                    boolean knownPart = parts.contains(w.norm()) && !cues.selfIntroduced(tok, i);
                    if (vocative || knownPart) mentions.add(new NameMention(index, w.begin(), w.end(), w.word()));
                }
            }
        }
        if (known == null && !mentions.isEmpty()) {
            known = mentions.get(0).text();
            source = "addressed";
        }
        if (known == null) return;
        out.accept(new CustomerName(known, source));
        mentions.forEach(out);
    }

    /** The parts of a known name worth matching (lower case): first name, surname; not the agent's own. */
    private static Set<String> parts(String name, Set<String> notCustomer, NameCues cues) {
        Set<String> out = new HashSet<>();
        if (name == null) return out;
        for (String p : name.split("[\\s,]+")) {
            String l = p.toLowerCase(Locale.ROOT);
            if (l.length() >= 2 && !notCustomer.contains(l) && !cues.isTitle(l)) out.add(l);
        }
        return out;
    }
}
