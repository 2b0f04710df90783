package org.cxlint.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Spark job merges tallies made on different executors: merged in any split, the figures are the same. */
class GroupTallyTest {
    private record T(
            double score, boolean pass, boolean critical, String date, List<String> faults, List<String> strengths) {}

    private static final List<T> CALLS = List.of(
            new T(95, true, false, "2026-10-05", List.of("X", "Y"), List.of("S")),
            new T(45, false, true, "2026-10-06T09:30:00Z", List.of("X"), List.of()),
            new T(80, true, false, "2026-10-12", List.of(), List.of("S", "S")),
            new T(62.5, false, false, null, List.of("Z", "Y", "X"), List.of()),
            new T(100, true, false, "not a date", List.of("W", "V", "U", "T", "R"), List.of()));

    private static GroupTally of(List<T> calls) {
        GroupTally g = new GroupTally();
        for (T t : calls) g.add(t.score(), t.pass(), t.critical(), t.date(), t.faults(), t.strengths());
        return g;
    }

    @Test
    void mergedPartsGiveTheWholesFigures() throws Exception {
        Breakdown.GroupView whole = of(CALLS).view("all");
        for (int cut = 0; cut <= CALLS.size(); cut++) {
            GroupTally left = shipped(of(CALLS.subList(0, cut)));
            GroupTally right = shipped(of(CALLS.subList(cut, CALLS.size())));
            assertEquals(whole, left.plus(right).view("all"), "split at " + cut);
        }
        assertEquals(5, whole.transcripts());
        assertEquals(76.5, whole.meanScore());
        assertEquals(60.0, whole.passRate());
        assertEquals(GroupTally.TOP, whole.topFindings().size());
        assertEquals(new Breakdown.RuleCount("X", 3), whole.topFindings().get(0));
        assertEquals(
                List.of("2026-10-05", "2026-10-06", "2026-10-12"),
                whole.byDate().stream().map(Breakdown.Trend::period).toList());
    }

    /** As a Spark shuffle moves it: Java serialization. */
    private static GroupTally shipped(GroupTally t) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(t);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (GroupTally) in.readObject();
        }
    }
}
