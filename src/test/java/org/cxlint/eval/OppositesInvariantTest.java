package org.cxlint.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cxlint.Linter;
import org.cxlint.TestLinter;
import org.cxlint.bench.Corpus;
import org.cxlint.engine.Finding;
import org.cxlint.ingest.Ingest;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.ReadResult;
import org.cxlint.ingest.RoleResolver;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A violation never fires where its opposite strength fired: a reviewer would not accept "no empathy" on a turn
 * the same report credits with empathy. Checked on the samples, the bench corpus and every conversation of the
 * shared data.
 */
class OppositesInvariantTest {
    private static final Linter LINTER = TestLinter.get();

    @Test
    void holdsOnTheSamplesAndTheBenchCorpus() throws IOException {
        List<Transcript> all = new ArrayList<>(read(Path.of("samples")));
        all.addAll(new Corpus(LINTER.rules().values()).generate(400, 7));
        assertTrue(all.size() > 400);
        check(all);
    }

    @Test
    void holdsOnEveryConversationOfTheSharedData() throws IOException {
        Path data = ProjectEvaluationTest.DATA;
        Assumptions.assumeTrue(Files.isDirectory(data), "skipped: " + data.toAbsolutePath() + " is absent");
        List<Transcript> all = read(data);
        assertTrue(all.size() > 1000, "read " + all.size());
        check(all);
    }

    private static List<Transcript> read(Path dir) throws IOException {
        List<Transcript> out = new ArrayList<>();
        Ingest ingest = new Ingest(null, RoleResolver.NONE);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (!(name.endsWith(".json")
                                || name.endsWith(".txt")
                                || name.endsWith(".jsonl")
                                || name.endsWith(".vtt")
                                || name.endsWith(".srt")
                                || name.endsWith(".csv"))
                        || name.contains(".report.")
                        || p.toString().contains("metadata")
                        || name.toLowerCase().startsWith("readme")
                        || name.toLowerCase().startsWith("licen")) continue;
                try {
                    ReadResult r = ingest.read(p);
                    out.addAll(r.transcripts());
                } catch (InputException e) {
                    // not a transcript (a dataset's stats or guidelines file): nothing to check
                }
            }
        }
        return out;
    }

    private static void check(List<Transcript> transcripts) {
        List<String> broken = new ArrayList<>();
        transcripts.parallelStream().forEach(t -> {
            List<String> b = violations(t, LINTER.findings(t));
            synchronized (broken) {
                broken.addAll(b);
            }
        });
        assertTrue(
                broken.isEmpty(),
                broken.size() + " contradictions, e.g.:\n"
                        + String.join("\n", broken.stream().sorted().limit(20).toList()));
    }

    /** The contradictions in one transcript's findings, one line each. */
    static List<String> violations(Transcript t, List<Finding> findings) {
        List<String> out = new ArrayList<>();
        List<Integer> agentTurns = new ArrayList<>();
        for (int i = 0; i < t.turns().size(); i++) if (t.turns().get(i).speaker() == Speaker.AGENT) agentTurns.add(i);
        for (Finding f : findings) {
            String where = t.source() + " turn " + (f.turn() + 1) + ": " + f.rule() + " beside ";
            switch (f.rule()) {
                case "EMP-NO-EMPATHY" ->
                    findings.stream()
                            .filter(o ->
                                    (o.rule().equals("EMP-EMPATHY") || o.rule().equals("HON-APOLOGY"))
                                            && o.turn() >= f.turn())
                            .findFirst()
                            .ifPresent(o -> out.add(where + o.rule() + " in turn " + (o.turn() + 1)));
                case "HON-NO-APOLOGY" ->
                    findings.stream()
                            .filter(o ->
                                    o.rule().equals("HON-APOLOGY") || o.rule().equals("EMP-EMPATHY"))
                            .findFirst()
                            .ifPresent(o -> out.add(where + o.rule() + " in turn " + (o.turn() + 1)));
                case "LIS-NO-CONFIRM" ->
                    findings.stream()
                            .filter(o -> o.rule().equals("LIS-CONFIRMED"))
                            .findFirst()
                            .ifPresent(o -> out.add(where + o.rule() + " in turn " + (o.turn() + 1)));
                case "CON-NAME-UNUSED" ->
                    findings.stream()
                            .filter(o -> o.rule().equals("CON-NAME-USED"))
                            .findFirst()
                            .ifPresent(o -> out.add(where + o.rule() + " in turn " + (o.turn() + 1)));
                case "POS-REFUSAL" -> {
                    int k = agentTurns.indexOf(f.turn());
                    int next = k + 1 < agentTurns.size() ? agentTurns.get(k + 1) : -1;
                    findings.stream()
                            .filter(o ->
                                    o.rule().equals("POS-WAY-FORWARD") && (o.turn() == f.turn() || o.turn() == next))
                            .findFirst()
                            .ifPresent(o -> out.add(where + o.rule() + " in turn " + (o.turn() + 1)));
                }
                default -> {}
            }
        }
        return out;
    }
}
