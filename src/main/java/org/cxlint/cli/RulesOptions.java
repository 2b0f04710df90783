package org.cxlint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.rules.RuleFiles;
import org.cxlint.rules.RuleOverlay;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which rules a command reads: the bundled ones, with the folders the user names laid over them. */
final class RulesOptions {
    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description =
                    "Lay the rules in DIR over the bundled ones (a rule, phrase or class with a bundled id replaces it; "
                            + "a scorecard.yaml there replaces the scorecard). Repeatable.")
    List<Path> dirs = new ArrayList<>();

    @Option(
            names = "--no-bundled-rules",
            description = "Start from the first --rules DIR alone (it must hold a complete rule set).")
    boolean noBundled;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    RuleFiles files() {
        if (noBundled && dirs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--no-bundled-rules needs a rules folder (--rules DIR)");
        }
        return RuleOverlay.select(dirs, !noBundled);
    }
}
