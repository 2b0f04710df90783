package org.cxlint.eval;

/** Which conversation of which data file. */
public record ConversationRef(String source, String conversation) implements Comparable<ConversationRef> {
    @Override
    public int compareTo(ConversationRef o) {
        int c = source.compareTo(o.source);
        return c != 0 ? c : conversation.compareTo(o.conversation);
    }

    @Override
    public String toString() {
        return source + "#" + conversation;
    }
}
