package workbook.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The script as a reader runs it, {@code ./jbang threads-vs-processes}, stopped with Ctrl-C
 * (SIGINT) or SIGTERM while its children search: the script ends and no child JVM is left.
 */
class ThreadsVsProcessesScriptTest {
    private static final Pattern CHILD = Pattern.compile("\\s*child \\d+ \\(pid (\\d+)\\) searches .*");

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void stoppingTheScriptLeavesNoChildJvm(String signal) throws Exception {
        assumeFalse(signal.equals("INT") && Signals.interruptIgnored(), "SIGINT is ignored here (started in the background)");
        Path root = root();
        Process script = new ProcessBuilder(root.resolve("jbang").toString(), "threads-vs-processes", "--n", "5000000", "--workers", "2")
                .directory(root.toFile()).redirectErrorStream(true).start();
        List<ProcessHandle> children = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try {
            var out = new BufferedReader(new InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8));
            while (children.size() < 2) {
                String line = out.readLine();
                if (line == null) {
                    throw new AssertionError("the script ended before starting two children: " + seen);
                }
                seen.add(line);
                Matcher child = CHILD.matcher(line);
                if (child.matches()) {
                    children.add(ProcessHandle.of(Long.parseLong(child.group(1))).orElseThrow());
                }
            }
            ProcessHandle parent = children.getFirst().parent().orElseThrow();     // the script's JVM
            assertTrue(parent.info().command().orElse("").endsWith("java"), parent.info().toString());
            Thread.sleep(300);
            Signals.send(signal, parent.pid());
            assertTrue(parent.onExit().thenApply(h -> true).completeOnTimeout(false, 30, TimeUnit.SECONDS).join(),
                    "the script's JVM did not end on SIG" + signal);
            for (ProcessHandle child : children) {
                assertTrue(child.onExit().thenApply(h -> true).completeOnTimeout(false, 10, TimeUnit.SECONDS).join(),
                        "child " + child.pid() + " still runs after SIG" + signal + " to the script");
            }
            assertTrue(script.waitFor(30, TimeUnit.SECONDS));
            assertEquals(signal.equals("INT") ? 130 : 143, script.exitValue());
        } finally {
            children.forEach(ProcessHandle::destroyForcibly);
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
        }
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("jbang-catalog.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no jbang-catalog.json above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
