package org.cxlint.eval;

/** Where a behaviour is judged: on each agent turn, or once for the whole conversation. */
public enum Level {
    TURN,
    CONVERSATION;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
