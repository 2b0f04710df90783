package org.cxlint.facts;

import org.cxlint.model.Speaker;

/** A turn written largely in capitals ("THIS IS THE THIRD TIME"), a sign of an upset customer in chat. */
public record Shouting(Speaker speaker, int turn) {
    public Speaker getSpeaker() {
        return speaker;
    }

    public int getTurn() {
        return turn;
    }

    public boolean isCustomer() {
        return speaker == Speaker.CUSTOMER;
    }
}
