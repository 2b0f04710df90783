package org.cxlint.rules;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.PlainTextReader;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;

/**
 * A rule example: a plain-text transcript in which {@code [[...]]} marks the span that must be flagged.
 *
 * @param markTurn 0-based turn holding the mark, -1 without a mark
 */
record Example(Transcript transcript, int markTurn, int markStart, int markEnd) {

    static Example parse(String name, String text) throws InputException {
        Transcript raw = new PlainTextReader().readOne(name, text);
        List<Turn> turns = new ArrayList<>();
        int markTurn = -1, start = -1, end = -1;
        for (Turn t : raw.turns()) {
            String s = t.text();
            int open = s.indexOf("[[");
            if (open >= 0) {
                int close = s.indexOf("]]", open);
                if (close < 0 || markTurn >= 0) throw new IllegalArgumentException(name + ": bad [[mark]]");
                markTurn = t.index();
                start = open;
                end = close - 2;
                s = s.substring(0, open) + s.substring(open + 2, close) + s.substring(close + 2);
            }
            turns.add(new Turn(t.index(), t.speaker(), s, t.start(), t.end()));
        }
        return new Example(new Transcript(raw.id(), raw.source(), raw.format(), raw.channel(), raw.metadata(), turns),
                markTurn, start, end);
    }

    Transcript withTurnText(int turn, String text) {
        List<Turn> turns = new ArrayList<>(transcript.turns());
        Turn t = turns.get(turn);
        turns.set(turn, new Turn(t.index(), t.speaker(), text, t.start(), t.end()));
        return new Transcript(transcript.id(), transcript.source(), transcript.format(), transcript.channel(),
                transcript.metadata(), turns);
    }
}
