package workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code ./jbang} launcher: JBang without installing JBang. Each test runs the
 * launcher's own route (a {@code jbang} on the PATH is ignored) on a throwaway script outside
 * the repository.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherTest {

    private static final Path LAUNCHER = findRoot().resolve("jbang");
    /** The JDK running the tests: a JDK 25, as the build's enforcer rule demands. */
    private static final Path TEST_JDK = Path.of(System.getProperty("java.home"));

    private static final String HELLO = """
            ///usr/bin/env jbang "$0" "$@" ; exit $?
            //JAVA 25+
            class Hello {
                void main(String[] args) {
                    IO.println("hi " + String.join("|", args));
                    System.exit(args.length);
                }
            }
            """;

    record Run(int exitCode, String out, List<String> err) {}

    @Test
    void passesArgumentsThroughAndKeepsTheExitCode(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hello.java"), HELLO);
        List<String> args = List.of("a b", "it's", "say \"hi\"", "$HOME", "*", "back\\slash", "é 字");

        Run run = run(dir, List.of("hello.java"), args, env -> {});

        assertEquals(args.size(), run.exitCode(), run.toString());
        assertEquals("hi " + String.join("|", args), run.out().strip(), run.toString());
    }

    @Test
    void findsAJdk25WhenJavaHomeIsNotOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hello.java"), HELLO);

        Run run = run(dir, List.of("hello.java"), List.of("x"), env -> {
            env.put("JAVA_HOME", dir.toString()); // not a JDK at all
            env.put("PATH", TEST_JDK.resolve("bin") + File.pathSeparator + env.get("PATH"));
        });

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("hi x", run.out().strip(), run.toString());
    }

    @Test
    void aFailingMavenGivesOneLineAndNoCache(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\necho '[ERROR] simulated failure'\nexit 1\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path cache = dir.resolve("cache");

        Run run = run(dir, List.of("--version"), List.of(), env -> {
            env.put("WORKBOOK_JBANG_CACHE", cache.toString());
            env.put("PATH", bin + File.pathSeparator + env.get("PATH"));
        });

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.err().size(), run.toString());
        assertTrue(run.err().getFirst().startsWith("jbang: Maven could not fetch dev.jbang:jbang-cli"), run.toString());
        try (var left = Files.list(cache)) {
            // only Maven's log, named in the message: no cache folder, no half-built one
            assertEquals(List.of("maven-0.132.1.log"), left.map(p -> p.getFileName().toString()).toList(), run.toString());
        }
        assertFalse(Files.exists(cache.resolve("0.132.1")), run.toString());
    }

    private static Run run(Path workDir, List<String> jbangArgs, List<String> scriptArgs, Consumer<Map<String, String>> envChange)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(jbangArgs);
        command.addAll(scriptArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("WORKBOOK_JBANG_SKIP_PATH", "1");
        envChange.accept(builder.environment());
        Process process = builder.start();
        var out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        var err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within 5 minutes");
        }
        List<String> errLines = err.join().lines().filter(line -> !line.startsWith("[jbang] ")).toList();
        return new Run(process.exitValue(), out.join(), errLines);
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("jbang"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no ./jbang launcher above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    // --- a script by its file name from the root and from scripts/, and run by itself ---

    private static final Path ROOT = LAUNCHER.getParent();
    private static final String SLEEPY_DONE = "Starting to sleep\nDone sleeping\nStarting to sleep\nDone sleeping\nDone in ";

    @Test
    void aScriptsFileNameRunsFromTheRoot() throws Exception {
        Run run = run(ROOT, List.of("sleepy-sequential.java"), List.of("--second-ms", "1"), env -> {});

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith(SLEEPY_DONE), run.toString());
    }

    @Test
    void aScriptsFileNameRunsFromTheScriptsFolder() throws Exception {
        Run run = run(ROOT.resolve("scripts"), List.of("sleepy-sequential.java"), List.of("--second-ms", "1"), env -> {});

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith(SLEEPY_DONE), run.toString());
    }

    @Test
    void aScriptRunsByItselfWhereJbangIsOnThePath(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path jbang = bin.resolve("jbang");                  // a jbang command of the reader's own: here, ours
        Files.writeString(jbang, "#!/bin/sh\nexec '" + LAUNCHER + "' \"$@\"\n");
        Files.setPosixFilePermissions(jbang, PosixFilePermissions.fromString("rwxr-xr-x"));
        // the script's first line is for the shell: a shell runs the file, as a terminal would
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "./scripts/sleepy-sequential.java --second-ms 1")
                .directory(ROOT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("PATH", bin + File.pathSeparator + builder.environment().get("PATH"));
        Process process = builder.start();
        var out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        var err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "did not end");
        assertEquals(0, process.exitValue(), out.join() + err.join());
        assertTrue(out.join().startsWith(SLEEPY_DONE), out.join() + err.join());
    }
}
