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
        assertTrue(out.contains("Amdahl's law fits with a serial fraction s = "), out);
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
