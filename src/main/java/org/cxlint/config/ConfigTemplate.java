package org.cxlint.config;

/** The commented .cxlint.yaml {@code cxlint init} writes. */
public final class ConfigTemplate {
    private ConfigTemplate() {}

    /** What {@code init} writes: a file that changes nothing until a line is uncommented. */
    public static final String TEXT = """
            # cxlint configuration. cxlint reads the nearest .cxlint.yaml from the current directory upwards
            # (or --config FILE, or the file CXLINT_CONFIG names); options on the command line win over it.
            # Paths are relative to this file's folder. Every key is optional; an unknown key is an error.

            # Rules to run: rule ids (OWN-DEFLECT), categories (ownership) or severities (minor).
            # Default: every rule. `cxlint rules list` shows them all.
            # select: [ownership, positive-language, empathy]

            # Rules not to run (after select). An ignored rule costs no points and leaves no finding;
            # a category left without rules is left out of the score.
            # ignore: [CON-NAME-UNUSED, strength]

            # Severity per rule id (critical, major, minor or info); the finding is reported and scored
            # with it (points by the scorecard's table for that severity; critical fails the call).
            # severity:
            #   POS-POLICY: minor
            #   OWN-DEFLECT: major

            # Speaker labels that are the agent, for formats that do not say (like --agent).
            # agent: [spk_1]

            # Inputs to leave out when a folder is searched (glob patterns, relative to this folder).
            # exclude: ["archive/**", "**/*.draft.json"]

            # Pass mark (0-100) instead of the scorecard's.
            # passMark: 75

            # A scorecard of your own (see README, "Scorecard"); `cxlint rules export DIR` writes the
            # bundled one with the rules, to start from.
            # scorecard: qa/scorecard.yaml

            # Folders of extra rules (DRL and rule packs) added on top of the bundled ones.
            # rules: [qa/rules]
            """;
}
