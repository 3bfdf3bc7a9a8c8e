package workbook.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Part 1 through {@code ./jbang}: the lines each sleepy script prints, their order, and a
 * "Done in" that counts the expected number of (shortened) seconds.
 */
class PartOneScriptsTest {
    private static final int SECOND_MS = 400;
    private static final double SECOND = SECOND_MS / 1000.0;
    /** Room for thread start-up and a busy machine, never as much as a whole extra second. */
    private static final double SLACK = 0.35;

    private static Script run(String alias, String... args) {
        List<String> all = new ArrayList<>(List.of("--second-ms", String.valueOf(SECOND_MS)));
        all.addAll(List.of(args));
        Script script = Script.run(alias, all.toArray(String[]::new));
        assertEquals(0, script.exitCode(), script.toString());
        assertEquals(List.of(), script.err(), script.toString());
        return script;
    }

    private static void assertSeconds(double expectedUnits, Script script) {
        double seconds = script.doneSeconds();
        double expected = expectedUnits * SECOND;
        assertTrue(seconds >= expected - 0.005 && seconds <= expected + SLACK,
                "expected about " + expected + " s, got " + seconds + "\n" + script);
    }

    private static List<String> times(int n, String line) {
        return Collections.nCopies(n, line);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void sequentialSleepsTwiceOneAfterTheOther() {
        Script script = run("sleepy-sequential");
        assertEquals(List.of("Starting to sleep", "Done sleeping", "Starting to sleep", "Done sleeping"),
                script.out().subList(0, 4));
        assertEquals(5, script.out().size(), script.toString());
        assertSeconds(2, script);
    }

    @Test
    void startWithoutJoinPrintsDoneInBeforeAnyDoneSleeping() {
        Script script = run("sleepy-start");
        List<String> out = script.out();
        assertEquals(5, out.size(), script.toString());
        int doneIn = IntStream.range(0, out.size()).filter(i -> out.get(i).startsWith("Done in")).findFirst().orElseThrow();
        double seconds = Double.parseDouble(out.get(doneIn).replaceAll("Done in (\\S+) seconds", "$1"));
        assertTrue(seconds < SECOND, "main did not wait for the sleepers: " + out.get(doneIn));
        assertEquals(List.of("Done sleeping", "Done sleeping"), out.subList(3, 5), "the threads end after main printed");
        assertTrue(doneIn < 3, script.toString());
        assertEquals(2, out.stream().filter("Starting to sleep"::equals).count());
    }

    @Test
    void joinWaitsForBothThreadsThatSleptAtOnce() {
        Script script = run("sleepy-join");
        assertEquals(concat(times(2, "Starting to sleep"), times(2, "Done sleeping")), script.out().subList(0, 4));
        assertEquals(5, script.out().size());
        assertSeconds(1, script);
    }

    @Test
    void aLoopOfTenThreadsSleepsOneSecondInAll() {
        Script script = run("sleepy-loop");
        assertEquals(concat(times(10, "Starting to sleep"), times(10, "Done sleeping")), script.out().subList(0, 20));
        assertSeconds(1, script);
    }

    @Test
    void theLoopTakesItsNumberOfWorkers() {
        Script script = run("sleepy-loop", "--workers", "3");
        assertEquals(concat(times(3, "Starting to sleep"), times(3, "Done sleeping")), script.out().subList(0, 6));
        assertEquals(7, script.out().size());
    }

    @Test
    void tenThreadsWithAnArgumentSleepTwoSeconds() {
        Script script = run("sleepy-args");
        assertEquals(concat(times(10, "Starting to sleep"), times(10, "Done sleeping")), script.out().subList(0, 20));
        assertSeconds(2, script);
    }

    @Test
    void theArgumentSetsTheSleep() {
        assertSeconds(3, run("sleepy-args", "--seconds", "3", "--workers", "2"));
    }

    @Test
    void aPoolOfFivePrintsTheGuidesOrderAndTakesFifteenSeconds() {
        Script script = run("sleepy-pool");
        List<String> out = script.out();
        // the five workers start together: their first lines may come in any order
        assertEquals(IntStream.rangeClosed(1, 5).mapToObj(s -> "Starting to sleep for " + s + " seconds").sorted().toList(),
                out.subList(0, 5).stream().sorted().toList(), script.toString());
        List<String> rest = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            rest.add("Done sleeping for " + s + " seconds");
            rest.add("Starting to sleep for " + (s + 5) + " seconds");
        }
        for (int s = 6; s <= 10; s++) {
            rest.add("Done sleeping for " + s + " seconds");
        }
        assertEquals(rest, out.subList(5, 20), script.toString());
        assertEquals(21, out.size());
        assertSeconds(15, script);
    }

    @Test
    void aPoolOfTenStartsAllTenAtOnce() {
        Script script = run("sleepy-pool", "--pool", "10");
        assertEquals(21, script.out().size(), script.toString());
        assertTrue(script.out().subList(0, 10).stream().allMatch(line -> line.startsWith("Starting")), script.toString());
        assertSeconds(10, script);
    }
}
