package org.cxlint.rules;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.PlainTextReader;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;

/**
 * A rule example: a plain-text transcript in which {@code [[...]]} marks the words that must be
 * flagged, or {@code [[*]]} marks a turn that must carry a finding without a span (a rule about
 * something missing, such as no apology).
 *
 * @param markTurn 0-based turn holding the mark, -1 without a mark; markStart/markEnd -1 for [[*]]
 */
public record RuleExample(String name, Transcript transcript, int markTurn, int markStart, int markEnd) {
    private static final String WHOLE_TURN = "[[*]]";

    public static RuleExample parse(String name, String text) throws InputException {
        Transcript raw = new PlainTextReader().readOne(name, text);
        List<Turn> turns = new ArrayList<>();
        int markTurn = -1, start = -1, end = -1;
        for (Turn t : raw.turns()) {
            String s = t.text();
            int whole = s.indexOf(WHOLE_TURN);
            int open = s.indexOf("[[");
            if (open >= 0 && markTurn >= 0) throw new InputException(name, "more than one [[mark]]");
            if (whole >= 0) {
                markTurn = t.index();
                s = (s.substring(0, whole) + s.substring(whole + WHOLE_TURN.length()))
                        .strip()
                        .replaceAll(" {2,}", " ");
            } else if (open >= 0) {
                int close = s.indexOf("]]", open);
                if (close < 0) throw new InputException(name, "[[ without ]]");
                markTurn = t.index();
                start = open;
                end = close - 2;
                s = s.substring(0, open) + s.substring(open + 2, close) + s.substring(close + 2);
            }
            turns.add(new Turn(t.index(), t.speaker(), s, t.start(), t.end()));
        }
        return new RuleExample(
                name,
                new Transcript(raw.id(), raw.source(), raw.format(), raw.channel(), raw.metadata(), turns),
                markTurn,
                start,
                end);
    }

    public boolean wholeTurn() {
        return markTurn >= 0 && markStart < 0;
    }

    public Transcript withTurnText(int turn, String text) {
        List<Turn> turns = new ArrayList<>(transcript.turns());
        Turn t = turns.get(turn);
        turns.set(turn, new Turn(t.index(), t.speaker(), text, t.start(), t.end()));
        return new Transcript(
                transcript.id(),
                transcript.source(),
                transcript.format(),
                transcript.channel(),
                transcript.metadata(),
                turns);
    }
}
