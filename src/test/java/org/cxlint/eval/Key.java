package org.cxlint.eval;

/** The unit the evaluation counts: one family, one polarity, on one agent turn of one conversation. */
public record Key(ConversationRef ref, int turn, String family, Polarity polarity) {
    @Override
    public String toString() {
        return ref + " agent turn " + turn + " " + polarity.name().toLowerCase() + " " + family;
    }
}
