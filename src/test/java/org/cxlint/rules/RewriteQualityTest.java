package org.cxlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cxlint.Linter;
import org.cxlint.TestLinter;
import org.cxlint.ingest.Ingest;
import org.cxlint.ingest.RoleResolver;
import org.cxlint.model.Transcript;
import org.cxlint.result.Report;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every rewrite is a sentence an agent could say as it stands: no "..." left for them to fill, no @handle or
 * placeholder, a capital first letter and an end stop, not the flagged sentence again, and one per sentence.
 * Checked on every rule's flag examples and on every finding in the real conversations of ../shared/data.
 */
class RewriteQualityTest {
    private static final Path DATA = Path.of(System.getProperty("eval.data", "../shared/data"));
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@\\w");

    static String problem(Report.Item i) {
        String s = i.suggestion();
        if (s == null) return null;
        if (s.contains("...") || s.contains("\u2026")) return "leaves a gap to fill";
        if (HANDLE.matcher(s).find()) return "keeps an @handle";
        if (s.contains("{") || s.contains("}")) return "keeps a placeholder";
        int first = 0;
        while (first < s.length() && !Character.isLetter(s.charAt(first))) first++;
        if (first == s.length() || !Character.isUpperCase(s.charAt(first))) return "does not start with a capital";
        if (".!?".indexOf(s.charAt(s.length() - 1)) < 0) return "has no end stop";
        if (s.equals(i.sentence())) return "repeats the flagged sentence";
        return null;
    }

    private static List<String> check(String where, Report r) {
        List<String> bad = new ArrayList<>();
        Map<String, String> bySentence = new HashMap<>();
        for (Report.Item i : r.findings()) {
            String p = problem(i);
            if (p != null) bad.add(where + " " + i.rule() + " turn " + i.turn() + ": \"" + i.suggestion() + "\" " + p);
            if (i.sentence() != null && i.suggestion() != null) {
                String key = i.turn() + "|" + (i.start() - i.sentence().indexOf(i.quote())) + "|" + i.sentence();
                String prev = bySentence.putIfAbsent(key, i.suggestion());
                if (prev != null && !prev.equals(i.suggestion()))
                    bad.add(where + " turn " + i.turn() + ": two rewrites for one sentence");
            }
        }
        return bad;
    }

    @Test
    void everyRulesRewriteOnEveryFlagExampleCanBeSaidAsIs() throws Exception {
        Linter linter = TestLinter.get();
        List<String> bad = new ArrayList<>();
        int checked = 0;
        for (RuleDef def : linter.rules().values()) {
            for (String ex : def.examples().flag()) {
                Report r = linter.score(RuleExample.parse(def.id(), ex).transcript());
                checked += (int) r.findings().stream()
                        .filter(i -> i.suggestion() != null)
                        .count();
                bad.addAll(check(def.id() + " example", r));
            }
        }
        assertTrue(checked > 100, "only " + checked + " rewrites");
        assertEquals(List.of(), bad);
    }

    @Test
    void everyRewriteOnTheRealConversationsCanBeSaidAsIs() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "skipped: " + DATA.toAbsolutePath() + " is not here");
        Linter linter = TestLinter.get();
        Ingest ingest = new Ingest(null, new RoleResolver(List.of()));
        List<String> bad = new ArrayList<>();
        int rewrites = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DATA)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(json|jsonl|txt|csv|vtt|srt)$"))
                    .sorted()
                    .toList();
        }
        for (Path f : files) {
            List<Transcript> ts;
            try {
                ts = ingest.read(f).transcripts();
            } catch (Exception notATranscript) {
                continue;
            }
            for (Transcript t : ts) {
                Report r = linter.score(t);
                rewrites += (int) r.findings().stream()
                        .filter(i -> i.suggestion() != null)
                        .count();
                bad.addAll(check(t.id(), r));
            }
        }
        assertTrue(rewrites > 500, "only " + rewrites + " rewrites on the real conversations");
        assertEquals(List.of(), bad.subList(0, Math.min(bad.size(), 40)), bad.size() + " bad rewrites");
    }
}
