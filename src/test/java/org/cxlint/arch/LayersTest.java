package org.cxlint.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The one-way layers of docs/ARCHITECTURE.md, checked on every build: a class may use its own layer and the
 * layers below it, never one above.
 */
class LayersTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cxlint");

    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model")
            .definedBy("org.cxlint.model..")
            .layer("ingest")
            .definedBy("org.cxlint.ingest..")
            .layer("nlp")
            .definedBy("org.cxlint.nlp..")
            .layer("facts")
            .definedBy("org.cxlint.facts..")
            .layer("rules")
            .definedBy("org.cxlint.rules..")
            .layer("engine")
            .definedBy("org.cxlint.engine..")
            .layer("score")
            .definedBy("org.cxlint.score..")
            .layer("result")
            .definedBy("org.cxlint.result..")
            .layer("gate")
            .definedBy("org.cxlint.gate..")
            .layer("report")
            .definedBy("org.cxlint.report..")
            .layer("run")
            .definedBy("org.cxlint", "org.cxlint.config..", "org.cxlint.run..")
            .layer("front")
            .definedBy(
                    "org.cxlint.cli..",
                    "org.cxlint.bench..",
                    "org.cxlint.eval..",
                    "org.cxlint.serve..",
                    "org.cxlint.ruletest..")
            .whereLayer("model")
            .mayNotAccessAnyLayer()
            .whereLayer("ingest")
            .mayOnlyAccessLayers("model")
            .whereLayer("nlp")
            .mayOnlyAccessLayers("model")
            .whereLayer("facts")
            .mayOnlyAccessLayers("model", "nlp")
            .whereLayer("rules")
            .mayOnlyAccessLayers("model", "ingest", "nlp", "facts")
            .whereLayer("engine")
            .mayOnlyAccessLayers("model", "facts", "rules")
            .whereLayer("score")
            .mayOnlyAccessLayers("model", "rules")
            .whereLayer("result")
            .mayOnlyAccessLayers("model", "ingest", "facts", "rules", "score")
            .whereLayer("gate")
            .mayOnlyAccessLayers("model", "ingest", "rules", "score", "result")
            .whereLayer("report")
            .mayOnlyAccessLayers("model", "ingest", "facts", "rules", "score", "result", "gate")
            .whereLayer("run")
            .mayOnlyAccessLayers(
                    "model", "ingest", "nlp", "facts", "rules", "engine", "score", "result", "gate", "report")
            .whereLayer("front")
            .mayOnlyBeAccessedByLayers("front");

    @Test
    void layersPointOneWay() {
        LAYERS.check(CLASSES);
    }

    @Test
    void aBackwardImportFailsTheBuild() throws Exception {
        JavaClasses withOne = new ClassFileImporter()
                .importClasses(Class.forName("org.cxlint.model.BackwardImportFixture"), org.cxlint.cli.ExitCode.class);
        AssertionError e = assertThrows(AssertionError.class, () -> LAYERS.check(withOne));
        assertTrue(
                e.getMessage().contains("BackwardImportFixture.reachUp()")
                        && e.getMessage().contains("org.cxlint.cli.ExitCode"),
                e.getMessage());
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.cxlint.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
