package org.cxlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cxlint.Linter;
import org.cxlint.Linters;
import org.cxlint.eval.BehaviourMap;
import org.cxlint.eval.EvalException;
import org.cxlint.eval.EvalResult;
import org.cxlint.eval.EvalText;
import org.cxlint.eval.Evaluator;
import org.cxlint.eval.Label;
import org.cxlint.eval.LabelFile;
import org.cxlint.ingest.Ingest;
import org.cxlint.ingest.InputException;
import org.cxlint.ingest.ReadResult;
import org.cxlint.ingest.RoleResolver;
import org.cxlint.model.Transcript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cxlint eval LABELS [INPUTS]}: how far to trust the rules on a team's own calls. Scores the labelled
 * conversations and compares the findings with the reviewers' labels, per behaviour, rule and family.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Compare the rules' findings with reviewers' labels: precision and recall with Wilson 95% "
                    + "intervals per behaviour, rule and family, and every disagreement with its turn text.",
            "LABELS is a JSON Lines file, one reviewed agent turn per line (eval/README.md). INPUTS are the "
                    + "transcript files or folders; without them each label's \"source\" is read from --data."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every label was compared",
            "1:the rules could not be loaded",
            "2:usage error, or a labels or mapping file that cannot be used (file, line and reason are printed)",
            "3:some labels could not be compared (conversation not found, turn out of range, unreadable input)"
        })
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LABELS", description = "The labels file (JSON Lines).")
    Path labelsFile;

    @Parameters(
            index = "1..*",
            paramLabel = "INPUTS",
            description = "Transcript files or folders holding the labelled conversations.")
    List<Path> inputs = new ArrayList<>();

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Folder the labels' \"source\" paths are relative to, "
                    + "when no INPUTS are given (default: the current folder).")
    Path data = Path.of(".");

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "YAML mapping the labels' behaviour names to rule ids "
                    + "(default: the bundled one, for the names of eval/GUIDE.md).")
    Path mapping;

    @Mixin
    RulesOptions rules = new RulesOptions();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    String format = "text";

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the result here instead of standard output.")
    Path output;

    @Option(
            names = "--no-disagreements",
            negatable = true,
            description = "Leave the list of disagreements out of the text.")
    boolean disagreements = true;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("cxlint: --format must be text or json, not \"" + format + "\"");
            return ExitCode.USAGE.code;
        }
        List<Label> labels;
        try {
            labels = LabelFile.read(labelsFile);
        } catch (EvalException e) {
            err.println("cxlint: " + e.getMessage());
            return ExitCode.USAGE.code;
        }
        Linter linter = Linters.forRules(rules.files());
        BehaviourMap map;
        try {
            map = mapping == null
                    ? BehaviourMap.bundled(linter.rules())
                    : BehaviourMap.parse(
                            mapping.toString(), org.cxlint.ingest.ConfigFile.read(mapping), linter.rules());
        } catch (EvalException | IOException e) {
            err.println("cxlint: "
                    + (e instanceof IOException ? mapping + ": cannot read (" + e.getMessage() + ")" : e.getMessage()));
            return ExitCode.USAGE.code;
        }
        List<Path> paths = inputs.isEmpty() ? sources(labels) : InputPaths.expand(inputs);
        if (paths == null) {
            err.println(
                    "cxlint: " + labelsFile + ": labels without \"source\" need INPUTS naming the transcript files");
            return ExitCode.USAGE.code;
        }
        int unreadable = 0;
        List<Transcript> read = new ArrayList<>();
        Ingest ingest =
                new Ingest(null, new RoleResolver(List.of(), linter.settings().roles()));
        for (Path p : paths) {
            try {
                ReadResult r = ingest.read(p);
                read.addAll(r.transcripts());
                for (InputException e : r.errors()) {
                    err.println("cxlint: " + e.file() + ": " + e.reason());
                    unreadable++;
                }
            } catch (InputException e) {
                err.println("cxlint: " + e.file() + ": " + e.reason());
                unreadable++;
            }
        }
        EvalResult result;
        try {
            result = new Evaluator(map, linter.rules())
                    .run(labelsFile.toString(), labels, match(labels, read), linter::findings);
        } catch (EvalException e) {
            err.println("cxlint: " + labelsFile + ": " + e.getMessage());
            return ExitCode.USAGE.code;
        }
        String text = format.equals("json") ? json(result) : EvalText.render(result, disagreements);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
        result.problems().forEach(p -> err.println("cxlint: " + labelsFile + ": " + p));
        err.flush();
        return unreadable > 0 || !result.problems().isEmpty() ? ExitCode.INPUT_ERRORS.code : ExitCode.OK.code;
    }

    /** The data files the labels name, in first-seen order; null if a label names none. */
    private List<Path> sources(List<Label> labels) {
        Set<Path> out = new LinkedHashSet<>();
        for (Label l : labels) {
            if (l.source() == null) return null;
            out.add(data.resolve(l.source()));
        }
        return new ArrayList<>(out);
    }

    /**
     * Each label's transcript: the one whose id is the label's conversation and whose file ends with the label's
     * source. A file of many conversations names each transcript {@code file#id}; the file part is compared.
     */
    static Map<String, Transcript> match(List<Label> labels, List<Transcript> transcripts) {
        Map<String, List<Transcript>> byId = new HashMap<>();
        for (Transcript t : transcripts)
            byId.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(t);
        Map<String, Transcript> out = new LinkedHashMap<>();
        for (Label l : labels) {
            if (out.containsKey(l.conversationKey())) continue;
            List<Transcript> found = byId.getOrDefault(l.conversation(), List.of()).stream()
                    .filter(t -> l.source() == null
                            || fileOf(t).endsWith(Path.of(l.source()).normalize()))
                    .toList();
            if (found.size() == 1) out.put(l.conversationKey(), found.get(0));
        }
        return out;
    }

    private static Path fileOf(Transcript t) {
        String s = t.source();
        String suffix = "#" + t.id();
        if (s.endsWith(suffix)) s = s.substring(0, s.length() - suffix.length());
        return Path.of(s).toAbsolutePath().normalize();
    }

    private static String json(EvalResult r) {
        return org.cxlint.result.Json.pretty(r) + "\n";
    }
}
