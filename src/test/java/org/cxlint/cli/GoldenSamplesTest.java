package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every transcript under samples/ has its expected JSON and text reports under samples/expected/.
 * After an intended change, regenerate them with {@code mvn test -Dtest=GoldenSamplesTest -Dcxlint.updateGolden=true}
 * and review the diff.
 */
class GoldenSamplesTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path EXPECTED = SAMPLES.resolve("expected");
    private static final boolean UPDATE = Boolean.getBoolean("cxlint.updateGolden");

    @TestFactory
    Stream<DynamicTest> samplesMatchTheirExpectedReports() throws IOException {
        List<Path> files = InputPaths.expand(List.of(SAMPLES));
        assertFalse(files.isEmpty());
        return files.stream()
                .flatMap(f -> Stream.of("json", "text")
                        .map(format -> dynamicTest(f + " as " + format, () -> {
                            CliRun run = CliRun.of("score", "--format", format, unix(f));
                            assertEquals(0, run.exit(), run.err());
                            Path expected = EXPECTED.resolve(unix(SAMPLES.relativize(f)) + ".report."
                                    + (format.equals("json") ? "json" : "txt"));
                            if (UPDATE) {
                                Files.createDirectories(expected.getParent());
                                Files.writeString(expected, run.out(), StandardCharsets.UTF_8);
                            }
                            assertTrue(
                                    Files.exists(expected),
                                    expected + " is missing; run with -Dcxlint.updateGolden=true to create it");
                            assertEquals(
                                    Files.readString(expected, StandardCharsets.UTF_8),
                                    run.out(),
                                    "report differs from " + expected);
                        })));
    }

    @Test
    void reportsAreByteIdenticalFromRunToRun() {
        CliRun first = CliRun.of("score", "--format", "json", "samples");
        CliRun second = CliRun.of("score", "--format", "json", "samples");
        assertEquals(first.out(), second.out());
        assertFalse(first.out().matches("(?s).*20\\d\\d-\\d\\d-\\d\\dT\\d\\d:.*"), "no wall-clock times in reports");
    }

    private static String unix(Path p) {
        return p.toString().replace('\\', '/');
    }
}
