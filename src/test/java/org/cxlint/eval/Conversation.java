package org.cxlint.eval;

import java.util.List;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;

/** A source conversation as the linter sees it, plus where its agent turns sit. */
public record Conversation(ConversationRef ref, Transcript transcript) {

    /** Transcript indexes of the agent turns, in order: label turn ordinal {@code k} is {@code agentTurns().get(k)}. */
    public List<Integer> agentTurns() {
        return transcript.turns().stream().filter(t -> t.speaker() == Speaker.AGENT).map(Turn::index).toList();
    }
}
