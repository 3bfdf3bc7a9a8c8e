package workbook.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workbook.scripts.Script;

/**
 * {@code perfect-spark} through {@code ./jbang}, as a reader runs it, with Spark inside the
 * script's JVM: the guide's lines and nothing else, not one line of Spark's log or of the JVM's
 * warnings; bad input and a wrong master each end with one line.
 */
class PerfectSparkScriptTest {
    private static final List<String> BELOW_10000 = List.of(
            "6 is a Perfect number", "28 is a Perfect number", "496 is a Perfect number", "8128 is a Perfect number");

    private static void assertPrintsTheGuidesNumbersOnly(Script script) {
        assertEquals(0, script.exitCode(), script.toString());
        assertEquals(List.of(), script.err(), script.toString());
        assertEquals(BELOW_10000, script.out().subList(0, Math.min(4, script.out().size())), script.toString());
        assertEquals(5, script.out().size(), script.toString());
        assertTrue(script.doneSeconds() > 0, script.toString());
    }

    @Test
    void localModeFindsTheGuidesNumbersAndPrintsNothingElse() {
        assertPrintsTheGuidesNumbersOnly(Script.run("perfect-spark", "--n", "10000"));
    }

    @Test
    void anyPartitionsAndThreadsGiveTheSameNumbers() {
        assertPrintsTheGuidesNumbersOnly(Script.run("perfect-spark", "--n", "10000", "--master", "local[1]", "--partitions", "3"));
    }

    @Test
    void theHuntFindsTheFirstFourteenPerfectNumbers() {
        Script script = Script.run("perfect-spark", "--hunt", "--max-exponent", "700", "--partitions", "3");
        assertEquals(0, script.exitCode(), script.toString());
        assertEquals(List.of(), script.err(), script.toString());
        assertEquals(15, script.out().size(), script.toString());
        assertEquals(List.of("#1 p = 2: 1 digit, 6", "#2 p = 3: 2 digits, 28"), script.out().subList(0, 2));
        assertEquals("#14 p = 607: 366 digits, 1410537837...9537328128", script.out().get(13), script.toString());
        assertTrue(script.doneSeconds() > 0, script.toString());
    }

    @Test
    void theHuntsBoundIsOneLine() {
        Script script = Script.run("perfect-spark", "--hunt", "--max-exponent", "50001");
        assertEquals(2, script.exitCode(), script.toString());
        assertEquals(List.of("perfect-spark: --max-exponent must be at most 50000, got 50001: the hunt to P costs"
                + " about P^3, so 50000 is already about 90 times the work of the default", "Usage: see 'perfect-spark --help'"), script.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--partitions | 0    | perfect-spark: --partitions must be at least 1, got 0",
            "--master     | foo  | perfect-spark: --master: expected local[*], local[N] or spark://HOST:PORT, got 'foo'",
            "--spark-log  | loud | perfect-spark: --spark-log: expected one of OFF, ERROR, WARN, INFO, DEBUG, got 'loud'",
            "--n          | 1    | perfect-spark: --n must be at least 2, got 1"})
    void badInputIsOneLineAndAHintWithExitCode2(String option, String value, String message) {
        Script script = Script.run("perfect-spark", option, value);
        assertEquals(2, script.exitCode(), script.toString());
        assertEquals(List.of(message, "Usage: see 'perfect-spark --help'"), script.err(), script.toString());
        assertEquals(List.of(), script.out(), script.toString());
    }

    @Test
    void aMasterNobodyListensOnIsOneLineWithExitCode1() throws IOException {
        String master = "spark://127.0.0.1:" + LoopbackCluster.freePort();
        Script script = Script.run("perfect-spark", "--master", master, "--n", "100");
        assertEquals(1, script.exitCode(), script.toString());
        assertEquals(List.of("perfect-spark: cannot reach the Spark master at " + master + ": Connection refused"),
                script.err(), script.toString());
        assertEquals(List.of(), script.out(), script.toString());
    }

    // --- --compare: the fixed pool timed beside Spark, in the same JVM ---

    @Test
    void compareTimesTheFixedPoolOnTheSameN() {
        Script script = Script.run("perfect-spark", "--n", "10000", "--compare");
        assertEquals(0, script.exitCode(), script.toString());
        assertEquals(BELOW_10000, script.out().subList(0, Math.min(4, script.out().size())), script.toString());
        assertEquals(6, script.out().size(), script.toString());
        assertTrue(script.out().get(4).startsWith("Done in "), script.toString());
        assertTrue(script.out().get(5).matches("Spark \\(local\\[\\*], start and stop included\\): \\d+\\.\\d{3} s;"
                + " fixed pool of \\d+: \\d+\\.\\d{3} s; Spark took \\d+\\.\\d times the pool's time"), script.toString());
    }
}
