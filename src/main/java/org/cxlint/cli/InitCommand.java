package org.cxlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cxlint.config.Config;
import org.cxlint.config.ConfigTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cxlint init}: a commented .cxlint.yaml to start from; every setting in it is commented out. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Write a commented " + Config.FILE_NAME + " (every key explained, none set) to start from.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "DIR",
            description = "Folder to write it in. Default: the current directory.")
    Path dir;

    @Option(names = "--force", description = "Replace an existing " + Config.FILE_NAME + ".")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Path target = (dir == null ? Path.of("") : dir).resolve(Config.FILE_NAME);
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), dir + ": folder not found");
        }
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !force) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), target + " already exists (--force replaces it)");
        }
        Files.writeString(target, ConfigTemplate.TEXT, StandardCharsets.UTF_8);
        spec.commandLine().getErr().println("cxlint: wrote " + target);
        spec.commandLine().getErr().flush();
        return ExitCode.OK.code;
    }
}
