package workbook.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts 3 and 4 through {@code ./jbang}, on small inputs: what each script must show. */
class PartThreeFourScriptsTest {

    private static Script run(String alias, String... args) {
        Script script = Script.run(alias, args);
        assertEquals(0, script.exitCode(), script.toString());
        assertEquals(List.of(), script.err(), script.toString());
        return script;
    }

    private static String all(Script script) {
        return String.join("\n", script.out());
    }

    @Test
    void queueCountsInEqualCountsOut() {
        Script script = run("queue", "--n", "2000", "--producers", "2", "--consumers", "3");
        assertEquals(List.of("6 is a Perfect number", "28 is a Perfect number", "496 is a Perfect number"), script.out().subList(0, 3));
        assertTrue(script.out().contains("in: 1,999  handled: 1,999  out: 1,999  -> nothing lost, nothing twice"), all(script));
        assertEquals(3, script.out().stream().filter(line -> line.endsWith("then took its poison pill")).count(), all(script));
    }

    @Test
    void lockShowsEveryCounterWithTheSafeOnesExact() {
        Script script = run("lock", "--threads", "2", "--increments", "50000");
        String out = all(script);
        for (String counter : List.of("SynchronizedCounter", "LockedCounter", "AtomicCounter", "AdderCounter")) {
            String row = script.out().stream().filter(line -> line.strip().startsWith(counter)).findFirst().orElseThrow(() -> new AssertionError(out));
            assertTrue(row.matches(".*\\|\\s+100,000\\s+\\|\\s+100,000\\s+\\|\\s+0\\s+\\|.*"), row);
        }
        assertTrue(out.contains("UnsafeCounter"), out);
        assertTrue(script.out().getFirst().matches("count\\+\\+ with no lock: +[0-9,]+ of 100,000 \\([0-9,]+ lost\\)"), out);
        assertTrue(script.out().contains("count++ in synchronized: 100,000 of 100,000 (0 lost)"), out);
    }

    @Test
    void stopFlagEndsByItselfAndTheVolatileFlagIsSeen() {
        Script script = run("stop-flag", "--head-start-ms", "500", "--patience-ms", "1500");
        String out = all(script);
        assertTrue(script.out().get(0).startsWith("plain boolean   : "), out);   // seen or not: both are allowed
        assertTrue(script.out().get(1).startsWith("volatile boolean: the loop saw it and ended "), out);
        assertTrue(script.out().get(2).startsWith("The plain flag was "), out);
    }

    /**
     * A thread the machine will not start ends the run: one line, exit 1, the racers already
     * started stopped (the JVM ends by itself). The refusal comes from a small address-space limit
     * on this one process (ulimit -v), so no other program is short of threads meanwhile.
     */
    @Test
    void lockEndsCleanlyWhenAThreadCannotStart() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "ulimit -v is Linux's");
        run("lock", "--help");                                   // built before the limit applies
        var command = List.of("bash", "-c", "ulimit -v 1500000 && exec ./jbang lock --threads 8000 --increments 10");
        var builder = new ProcessBuilder(command).directory(Script.ROOT.toFile()).redirectErrorStream(true);
        // 16 MB stacks: a thread fails to start while up to 16 MB of address space is still free, room
        // for the JVM's own small allocations while the run ends (with 1 MB stacks, one run in ten
        // under load crashed in malloc instead)
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Xmx128m -XX:ReservedCodeCacheSize=64m"
                + " -XX:CompressedClassSpaceSize=64m -XX:MaxMetaspaceSize=128m -Xss16m");
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        Process process = builder.start();
        var output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("lock did not end within 2 minutes after a thread could not start");
        }
        List<String> lines = output.join().lines()
                .filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS") && !line.startsWith("[jbang] ")).toList();
        assertEquals(1, process.exitValue(), String.join("\n", lines));
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.getFirst().matches("lock: could not start racer \\d+ of 8000 \\(unable to create native thread.*\\)"),
                lines.getFirst());
    }

    @Test
    void virtualThreadsSleepAllAtOnceWhileAPoolTakesRounds() {
        Script script = run("virtual-threads", "--sleepers", "1000", "--pool", "100", "--second-ms", "50");
        String out = all(script);
        assertTrue(out.contains("1,000 sleepers, one virtual thread each"), out);
        assertTrue(out.contains("ceil(1000 / 100) = 10 seconds"), out);
    }

    @Test
    void loadBalanceComparesTheFourWaysAndWritesTheChart(@TempDir Path folder) {
        Path page = folder.resolve("lb.html");
        Script script = run("load-balance", "--n", "3000", "--out", page.toString());
        String out = all(script);
        for (String way : List.of("plain loop", "static blocks", "interleaved", "chunks of 500", "work stealing")) {
            assertTrue(out.contains(way), way + " in\n" + out);
        }
        assertTrue(out.contains("expected efficiency 66.6 %"), out);
        assertEquals("Chart: " + page, script.out().getLast());
        assertTrue(Files.isRegularFile(page));
    }

    @Test
    void speedupCurveTimesOneToTwiceTheCoresAndFitsAmdahl(@TempDir Path folder) {
        Path page = folder.resolve("sc.html");
        Script script = run("speedup-curve", "--n", "3000", "--max-workers", "3", "--out", page.toString());
        String out = all(script);
        for (int p = 1; p <= 3; p++) {
            assertTrue(out.contains("pool of " + p + ": "), out);
        }
        assertTrue(out.contains("Fitted on this run: s = "), out);
        assertEquals("Chart: " + page, script.out().getLast());
    }

    @Test
    void algorithmVsCoresFindsTheSameNumbersEveryWay(@TempDir Path folder) {
        Path page = folder.resolve("ac.html");
        Script script = run("algorithm-vs-cores", "--n", "3000", "--sizes", "20000", "--out", page.toString());
        String out = all(script);
        assertTrue(out.contains("perfect numbers below 3,000: [6, 28, 496]"), out);
        assertTrue(out.contains("perfect numbers below 20,000: [6, 28, 496, 8128]"), out);
        for (String way : List.of("guide's loop", "loop to sqrt(n)", "divisor-sum sieve", "linear sieve", "258.8744")) {
            assertTrue(out.contains(way), way + " in\n" + out);
        }
        assertEquals("Chart: " + page, script.out().getLast());
    }
}
