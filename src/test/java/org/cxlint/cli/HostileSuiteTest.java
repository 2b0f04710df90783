package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own hostile-input suite (issue 15): every case of {@link HostileCases} runs through the real
 * command line, in-process, beside a good control transcript. A case fails when cxlint crashes (exit 1 where
 * not expected, an exception or stack trace on stderr), hangs (no answer within a generous guard), loses the
 * control transcript, or gives a wrong result (the case's own check). The tally is printed for README's
 * Reliability section.
 */
class HostileSuiteTest {
    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far above any case's time here (the slowest takes seconds): a guard against hangs, not a speed test. */
    private static final long HANG_SECONDS = 180;

    @Test
    void everyHostileCaseIsHandledAndTheControlStillScored() throws Exception {
        List<HostileCases.Case> cases = HostileCases.all();
        Map<String, Integer> families = new TreeMap<>();
        List<String> crashes = new ArrayList<>(),
                hangs = new ArrayList<>(),
                lost = new ArrayList<>(),
                wrong = new ArrayList<>();
        ExecutorService runner = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-case");
            t.setDaemon(true);
            return t;
        });
        long slowest = 0;
        String slowestName = "";
        for (int i = 0; i < cases.size(); i++) {
            HostileCases.Case c = cases.get(i);
            families.merge(c.family(), 1, Integer::sum);
            String name = c.family() + " / " + c.name();
            Path dir = Files.createDirectories(tmp.resolve("case-" + i));
            for (var f : c.files().entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                if (f.getValue() instanceof byte[] b) Files.write(p, b);
                else Files.writeString(p, (String) f.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve("zz-control.txt"), HostileCases.CONTROL, StandardCharsets.UTF_8);
            Path locked = dir.resolve("locked");
            if (Files.isDirectory(locked)) locked.toFile().setReadable(false, false);
            String[] args =
                    c.args().stream().map(a -> a.replace("DIR", dir.toString())).toArray(String[]::new);
            long start = System.nanoTime();
            Future<CliRun> run = runner.submit(() -> CliRun.of(args));
            CliRun r;
            try {
                r = run.get(HANG_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                hangs.add(name);
                continue;
            } catch (java.util.concurrent.ExecutionException e) {
                crashes.add(name + ": " + e.getCause());
                continue;
            } finally {
                if (Files.isDirectory(locked)) locked.toFile().setReadable(true, false);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (millis > slowest) {
                slowest = millis;
                slowestName = name;
            }
            if ((r.exit() == 1 && !c.exits().contains(1)) || crashText(r.err()) || crashText(r.out())) {
                crashes.add(name + ": exit " + r.exit() + ": " + head(r.err()));
                continue;
            }
            if (!c.exits().contains(r.exit()))
                wrong.add(name + ": exit " + r.exit() + ", expected one of " + c.exits() + ": " + head(r.err()));
            if (c.control() && !r.out().contains("zz-control")) lost.add(name + ": " + head(r.err()));
            String why = c.check().wrong(r, dir);
            if (why != null) wrong.add(name + ": " + why);
        }
        String tally = cases.size() + " cases in " + families.size() + " families " + families + ": " + crashes.size()
                + " crashes, " + hangs.size() + " hangs, " + lost.size() + " lost control transcripts, " + wrong.size()
                + " wrong results; slowest " + slowestName + " (" + slowest + " ms)";
        System.out.println("HostileSuiteTest: " + tally);
        assertEquals(List.of(), crashes, tally);
        assertEquals(List.of(), hangs, tally);
        assertEquals(List.of(), lost, tally);
        assertEquals(List.of(), wrong, tally);
    }

    private static boolean crashText(String s) {
        return s.contains("Exception")
                || s.contains("\tat ")
                || s.contains("OutOfMemoryError")
                || s.contains("internal error");
    }

    private static String head(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    // ---- checks -------------------------------------------------------------------------------------------

    private static JsonNode report(CliRun r, String id) throws Exception {
        for (JsonNode rep : JSON.readTree(r.out()).get("reports")) {
            if (rep.at("/transcript/id").asText().equals(id)) return rep;
        }
        return null;
    }

    /** Each of these transcript ids is in the report. */
    static HostileCases.Check scored(String... ids) {
        return (r, dir) -> {
            for (String id : ids)
                if (report(r, id) == null) return "transcript " + id + " not scored: " + head(r.err());
            return null;
        };
    }

    /** {@code file} is an error whose reason starts with {@code reason}, on one line, naming no Java internals. */
    static HostileCases.Check errorNaming(String file, String reason) {
        return (r, dir) -> {
            for (JsonNode e : JSON.readTree(r.out()).get("errors")) {
                String text = e.get("reason").asText();
                if (e.get("file").asText().endsWith(file) && text.startsWith(reason)) {
                    return text.contains("\n") || text.matches(".*\\bjava\\.[a-z]+\\..*")
                            ? "reason not plain: " + text
                            : null;
                }
            }
            return file + " read without an error starting \"" + reason + "\": " + head(r.out());
        };
    }

    static HostileCases.Check fires(String id, String... rules) {
        return (r, dir) -> {
            JsonNode rep = report(r, id);
            if (rep == null) return id + " not scored";
            List<String> got = new ArrayList<>();
            rep.get("findings").forEach(f -> got.add(f.get("rule").asText()));
            for (String rule : rules) if (!got.contains(rule)) return rule + " hidden (found " + got + ")";
            return null;
        };
    }

    static HostileCases.Check timingNote(String id) {
        return (r, dir) -> {
            JsonNode rep = report(r, id);
            if (rep == null) return id + " not scored";
            JsonNode timing = rep.at("/transcript/timing");
            return timing.isArray()
                            && timing.size() == 1
                            && timing.get(0).asText().contains("turn 2")
                    ? null
                    : "no note on turn 2's bad time: " + timing;
        };
    }

    static HostileCases.Check turnsAtLeast(String id, int n) {
        return (r, dir) -> {
            JsonNode rep = report(r, id);
            if (rep == null) return id + " not scored";
            int turns = rep.at("/transcript/turns").asInt();
            return turns >= n ? null : "transcript cut short: " + turns + " turns";
        };
    }

    static HostileCases.Check stderrHas(String expected) {
        return (r, dir) -> {
            String err = r.err().replace(dir.toString(), "DIR");
            if (!r.err().contains(expected)) return "stderr lacks \"" + expected + "\": " + head(err);
            return null;
        };
    }

    static HostileCases.Check validSarif() {
        return (r, dir) -> {
            Schemas.assertValidSarif(r.out());
            for (JsonNode res : JSON.readTree(r.out()).at("/runs/0/results")) {
                String uri = res.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText();
                if (!uri.endsWith("hostile.jsonl") && !uri.endsWith("zz-control.txt")) return "result placed on " + uri;
            }
            return null;
        };
    }

    static HostileCases.Check validJUnit() {
        return (r, dir) -> {
            Schemas.assertValidJUnit(r.out());
            return null;
        };
    }

    static HostileCases.Check noRawControls() {
        return (r, dir) -> {
            for (char ch : (r.out() + r.err()).toCharArray()) {
                if ((ch < 0x20 && ch != '\n' && ch != '\t') || (ch >= 0x7f && ch < 0xa0) || ch == '\u202e') {
                    return String.format("raw control U+%04X in the output", (int) ch);
                }
            }
            return null;
        };
    }

    static HostileCases.Check noFormulaCells() {
        return (r, dir) -> {
            var rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                    .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                    .readerFor(String[].class)
                    .readValues(r.out())
                    .readAll();
            for (Object row : rows) {
                for (String cell : (String[]) row) {
                    if (!cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0) return "formula cell " + cell;
                }
            }
            return null;
        };
    }

    /** In-process resume over a mixed batch cut at seeded points: the file ends byte-identical to a clean run. */
    static HostileCases.Check resumesExactly() {
        return (r, dir) -> {
            Path calls = dir.resolve("mixed");
            MixedBatch.write(calls, 11);
            String full = CliRun.of("score", "--format", "jsonl", "--no-progress", calls.toString())
                    .out();
            List<String> lines = full.lines().toList();
            java.util.Random random = new java.util.Random(15);
            for (int k = 0; k < 4; k++) {
                int cut = random.nextInt(lines.size());
                Path rows = dir.resolve("rows-" + k + ".jsonl");
                String kept = String.join("\n", lines.subList(0, cut)) + (cut == 0 ? "" : "\n");
                String half = lines.get(cut).substring(0, lines.get(cut).length() / 2);
                Files.writeString(rows, kept + half, StandardCharsets.UTF_8);
                CliRun.of("score", "--format", "jsonl", "--no-progress", "--resume", rows.toString(), calls.toString());
                if (!Files.readString(rows).equals(full))
                    return "resumed after row " + cut + ": rows differ from a clean run";
            }
            return null;
        };
    }

    /** Reported as unreadable and the rest scored; as root (which reads anything) the lister's refusal stands in. */
    static HostileCases.Check lockedDirectoryReported() {
        return (r, dir) -> {
            Path locked = dir.resolve("locked");
            if (r.err().contains(locked + ": cannot read directory: permission denied")) {
                return report(r, "c") != null ? null : "the readable folder was not scored";
            }
            if (report(r, "b") == null) return "not reported, and not read either";
            InputPaths.Expanded e = InputPaths.expand(List.of(dir), d -> {
                if (d.equals(locked)) throw new AccessDeniedException(d.toString());
                return InputPaths.LIST.list(d);
            });
            return "cannot read directory: permission denied"
                                    .equals(e.unreadable().get(locked))
                            && e.files().contains(dir.resolve("open/c.txt"))
                    ? null
                    : "lister refusal not reported: " + e.unreadable();
        };
    }
}
