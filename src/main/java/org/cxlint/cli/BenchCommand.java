package org.cxlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cxlint.Linter;
import org.cxlint.Linters;
import org.cxlint.bench.Benchmark;
import org.cxlint.bench.Corpus;
import org.cxlint.model.Transcript;
import org.cxlint.rules.RuleFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure scoring throughput on a generated corpus against CoreNLP's own on the same text.",
            "Prints tokens/s and transcripts/s for CoreNLP tokenize,ssplit; cxlint score; cxlint with 10x the "
                    + "phrase patterns; CoreNLP tokenize,ssplit,pos,lemma; and the ratios.",
            "With --write-corpus, writes the corpus as .txt transcripts instead and exits."
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--transcripts",
            defaultValue = "400",
            paramLabel = "N",
            description = "Transcripts to generate. Default: ${DEFAULT-VALUE}.")
    int transcripts;

    @Option(
            names = "--threads",
            defaultValue = "2",
            paramLabel = "T",
            description = "Threads sharing one pipeline. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(
            names = "--seed",
            defaultValue = "42",
            paramLabel = "S",
            description = "Corpus seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--seconds",
            defaultValue = "6",
            paramLabel = "SECS",
            description =
                    "Measured time per stage, spread over the rounds (whole passes over the corpus). Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(
            names = "--rounds",
            defaultValue = "5",
            paramLabel = "R",
            description = "Stages take turns R times; figures are medians of the rounds. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(
            names = "--warmup",
            defaultValue = "15",
            paramLabel = "SECS",
            description = "Unmeasured time each stage runs first, so the JIT has compiled what is measured (a batch of "
                    + "thousands of transcripts runs at this steady state). Default: ${DEFAULT-VALUE}.")
    double warmup;

    @Option(names = "--no-tenfold", description = "Skip the run with ten times the phrase patterns.")
    boolean noTenfold;

    @Mixin
    RulesOptions rules = new RulesOptions();

    @Option(
            names = "--write-corpus",
            paramLabel = "DIR",
            description = "Write the generated transcripts to DIR as .txt files and exit.")
    Path writeCorpus;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (transcripts < 1) throw new CommandLine.ParameterException(cl, "--transcripts must be at least 1");
        if (threads < 1) throw new CommandLine.ParameterException(cl, "--threads must be at least 1");
        if (rounds < 1) throw new CommandLine.ParameterException(cl, "--rounds must be at least 1");
        if (warmup < 0) throw new CommandLine.ParameterException(cl, "--warmup cannot be negative");
        RuleFiles files = rules.files();
        var out = cl.getOut();
        long t0 = System.nanoTime();
        if (writeCorpus != null) {
            List<Transcript> corpus =
                    new Corpus(org.cxlint.rules.RulePack.parse(files).rules().values()).generate(transcripts, seed);
            write(corpus, writeCorpus);
            out.printf("wrote %d transcripts to %s%n", corpus.size(), writeCorpus);
            out.flush();
            return ExitCode.OK.code;
        }
        Linter linter = Linters.forRules(files);
        out.printf(
                "cxlint bench: rules and CoreNLP loaded in %.1f s; %d phrase patterns; java %s, %d CPUs%n",
                (System.nanoTime() - t0) / 1e9,
                linter.patternCount(),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        new Benchmark(
                        linter,
                        files,
                        new Benchmark.Options(transcripts, threads, seed, seconds, rounds, warmup, !noTenfold),
                        out)
                .run();
        return ExitCode.OK.code;
    }

    private static void write(List<Transcript> corpus, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Transcript t : corpus) {
            Files.writeString(dir.resolve(t.id() + ".txt"), Corpus.toText(t), StandardCharsets.UTF_8);
        }
    }
}
