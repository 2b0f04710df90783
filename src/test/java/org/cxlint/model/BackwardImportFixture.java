package org.cxlint.model;

/** Not used by any code: the bottom layer reaching up to the command line, for LayersTest to refuse. */
final class BackwardImportFixture {
    Object reachUp() {
        return org.cxlint.cli.ExitCode.OK;
    }
}
