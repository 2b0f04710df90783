package org.cxlint.nlp;

import java.util.List;
import org.cxlint.model.Turn;

/** A turn with its sentences; {@code agentOrdinal} counts agent turns (0, 1, ...) and is -1 for others. */
public record AnnotatedTurn(Turn turn, int agentOrdinal, List<Sentence> sentences) {
    public AnnotatedTurn {
        sentences = List.copyOf(sentences);
    }
}
