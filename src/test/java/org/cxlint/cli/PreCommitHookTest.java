package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's .pre-commit-hooks.yaml and its script, run by the real pre-commit (Debian's package, which
 * .ci/run installs) on a throw-away git repository: a commit whose script meets its suite goes in, one that
 * breaks it is refused, a file in no suite never starts cxlint. The hook repository holds this checkout's hook
 * definition and script as they are now, and a stand-in for the ./cxlint launcher that runs this build's
 * classes (the launcher would build the jar with Maven inside pre-commit's cache, which tests cannot wait for).
 * Skipped when pre-commit is not installed.
 */
class PreCommitHookTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsPreCommit() {
        assumeTrue(
                run(tmp, List.of("pre-commit", "--version")).exit == 0,
                "pre-commit is not installed (apt-get install pre-commit; .ci/run installs it)");
        assumeTrue(run(tmp, List.of("git", "--version")).exit == 0, "git is not installed");
    }

    private record Result(int exit, String output) {}

    private static Result run(Path dir, List<String> cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString());
        env.put("GIT_AUTHOR_NAME", "Test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.invalid");
        env.put("GIT_COMMITTER_NAME", "Test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.invalid");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("HOME", tmp.toString());
        env.remove("CXLINT_CONFIG");
        env.remove("CXLINT_JAR");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Result(-1, out + "\n(timed out)");
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            return new Result(127, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private static Result ok(Path dir, String... cmd) {
        Result r = run(dir, List.of(cmd));
        assertEquals(0, r.exit, String.join(" ", cmd) + ":\n" + r.output);
        return r;
    }

    /** A git repository holding this checkout's hook definition and script, and the launcher stand-in. */
    private static String hookRepository(Path repo) throws IOException {
        Files.createDirectories(repo.resolve("tools"));
        Files.copy(Path.of(".pre-commit-hooks.yaml"), repo.resolve(".pre-commit-hooks.yaml"));
        Files.copy(Path.of("tools/pre-commit-check"), repo.resolve("tools/pre-commit-check"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(
                repo.resolve("cxlint"),
                "#!/usr/bin/env bash\n# stands in for the launcher: this build's classes\n" + "exec '" + java
                        + "' -Xmx1g -cp '" + System.getProperty("java.class.path") + "' org.cxlint.cli.Main \"$@\"\n");
        for (String exe : List.of("cxlint", "tools/pre-commit-check")) {
            Files.setPosixFilePermissions(repo.resolve(exe), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        ok(repo, "git", "init", "-q");
        ok(repo, "git", "add", "-A");
        ok(repo, "git", "commit", "-q", "-m", "hooks");
        return ok(repo, "git", "rev-parse", "HEAD").output.strip();
    }

    @Test
    void aCommitThatBreaksASuiteIsRefusedAndOneThatMeetsItGoesIn() throws IOException {
        Path hooks = Files.createDirectories(tmp.resolve("hooks"));
        String rev = hookRepository(hooks);
        Path project = Files.createDirectories(tmp.resolve("project"));
        ok(project, "git", "init", "-q");
        Files.writeString(
                project.resolve(".pre-commit-config.yaml"),
                "repos:\n  - repo: " + hooks + "\n    rev: " + rev + "\n    hooks:\n      - id: cxlint-check\n");
        Path scripts = Files.createDirectories(project.resolve("support/scripts"));
        Files.writeString(scripts.resolve("cxlint-suite.yaml"), """
                version: 1
                name: replies
                defaults:
                  mustNotFire: [OWN-DEFLECT]
                scripts:
                  - file: refund.txt
                """);
        Files.writeString(
                scripts.resolve("refund.txt"),
                "Agent: I'm sorry your order arrived damaged. I've sent a replacement today.\n");
        Files.writeString(project.resolve("notes.txt"), "Agent: That's not my department.\n");
        ok(project, "pre-commit", "install");
        ok(project, "git", "add", "-A");
        Result first = ok(project, "git", "commit", "-q", "-m", "a suite that passes");
        assertTrue(first.output.contains("cxlint check") && first.output.contains("Passed"), first.output);

        Files.writeString(
                scripts.resolve("refund.txt"), "Agent: That's not my department, you'll have to call someone else.\n");
        ok(project, "git", "add", "-A");
        Result refused = run(project, List.of("git", "commit", "-q", "-m", "a deflection"));
        assertNotEquals(0, refused.exit, refused.output);
        assertTrue(refused.output.contains("Failed") && refused.output.contains("OWN-DEFLECT"), refused.output);
        assertEquals(
                "a suite that passes",
                ok(project, "git", "log", "-1", "--format=%s").output.strip(),
                "nothing was committed");

        // a file in no suite is no business of the hook: it passes without running cxlint at all
        ok(project, "git", "reset", "-q", "--hard");
        Files.writeString(project.resolve("notes.txt"), "Agent: It's not my job, I just work here.\n");
        ok(project, "git", "add", "-A");
        Result outside = ok(project, "git", "commit", "-q", "-m", "notes");
        assertTrue(outside.output.contains("Passed"), outside.output);
        assertTrue(!outside.output.contains("OWN-DEFLECT"), outside.output);
        List<String> log = new ArrayList<>(
                ok(project, "git", "log", "--format=%s").output.strip().lines().toList());
        assertEquals(List.of("notes", "a suite that passes"), log);
    }
}
