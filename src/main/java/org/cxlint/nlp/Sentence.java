package org.cxlint.nlp;

import java.util.List;

/** A sentence of one turn, with character offsets into the turn text. */
public record Sentence(int index, int begin, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
