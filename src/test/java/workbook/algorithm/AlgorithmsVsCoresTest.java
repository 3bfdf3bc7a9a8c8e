package workbook.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.perfect.GuideFigures;

/** Every algorithm finds the same numbers; slow ones are skipped at large N, with an estimate. */
class AlgorithmsVsCoresTest {

    @Test
    void everyAlgorithmFindsTheSamePerfectNumbers() throws InterruptedException {
        for (Algorithm algorithm : Algorithm.all(2)) {
            assertEquals(List.of(6, 28, 496, 8128), algorithm.search().perfectBelow(10_000), algorithm.name());
            assertEquals(List.of(), algorithm.search().perfectBelow(6), algorithm.name());
        }
    }

    @Test
    void predictionsFollowHowTheCostGrows() {
        assertEquals(100.0, Algorithm.guideLoop().predict(1.0, 100_000, 1_000_000), 1e-9);
        assertEquals(Math.pow(10, 1.5), Algorithm.loopToRoot().predict(1.0, 100_000, 1_000_000), 1e-9);
        assertEquals(10.0, Algorithm.linearSieve().predict(1.0, 100_000, 1_000_000), 1e-9);
        assertEquals(10 * Math.log(1e6) / Math.log(1e5), Algorithm.divisorSumSieve().predict(1.0, 100_000, 1_000_000), 1e-9);
    }

    @Test
    void slowWaysAreSkippedOverTheBudgetAndTheirEstimateKept() throws InterruptedException {
        List<String> notes = new ArrayList<>();
        var slow = new Algorithm("slow", "N", n -> n, limit -> {
            Thread.sleep(limit / 10);              // 100 ms at N = 1000: 10 s predicted at N = 100,000
            return List.of(6, 28, 496);
        });
        var timings = AlgorithmsVsCores.run(List.of(Algorithm.linearSieve(), slow), 1_000, List.of(2_000, 100_000), 5, notes::add);
        assertEquals(List.of("linear sieve@1000", "slow@1000", "linear sieve@2000", "slow@2000", "linear sieve@100000", "slow@100000"),
                timings.stream().map(t -> t.way() + "@" + t.n()).toList());
        assertTrue(timings.get(3).measured());
        var skipped = timings.get(5);
        assertFalse(skipped.measured());
        assertEquals(timings.get(3).seconds() * 50, skipped.seconds(), 1e-9);
        assertTrue(notes.stream().anyMatch(note -> note.startsWith("skipped: slow at N = 100,000 would take about")), notes.toString());
        assertTrue(notes.contains("perfect numbers below 100,000: [6, 28, 496, 8128]"), notes.toString());
    }

    @Test
    void waysThatDisagreeStopTheRun() {
        var wrong = new Algorithm("wrong", "N", n -> n, limit -> List.of(7));
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> AlgorithmsVsCores.run(List.of(Algorithm.linearSieve(), wrong), 100, List.of(), 5, note -> {}));
        assertTrue(error.getMessage().startsWith("wrong found [7] below 100"), error.getMessage());
    }

    @Test
    void tableComparesWithTheLoopAndTheGuidesPythonFigure() {
        var timings = List.of(
                new AlgorithmsVsCores.Timing("guide's loop", GuideFigures.N, 10.0, true),
                new AlgorithmsVsCores.Timing("linear sieve", GuideFigures.N, 0.01, true),
                new AlgorithmsVsCores.Timing("guide's loop", 1_000_000, 1_000.0, false),
                new AlgorithmsVsCores.Timing("linear sieve", 1_000_000, 0.1, true));
        var table = AlgorithmsVsCores.table("t", timings, "guide's loop");
        assertEquals(5, table.rowCount());
        assertEquals(1_000.0, table.doubleColumn("x faster than the loop").get(1), 1e-9);
        assertEquals(10_000.0, table.doubleColumn("x faster than the loop").get(3), 1e-9);
        assertEquals(GuideFigures.PYTHON_LOOP_SECONDS / 0.01, table.doubleColumn("x faster than the guide's Python").get(1), 1e-6);
        assertTrue(table.doubleColumn("x faster than the guide's Python").isMissing(3));
        assertEquals("estimated, not run", table.stringColumn("figure").get(2));
        assertEquals(GuideFigures.PYTHON_LOOP_SECONDS, table.doubleColumn("seconds").get(4), 1e-12);
        assertEquals("the guide's figure", table.stringColumn("figure").get(4));
        String chart = AlgorithmsVsCores.chart(table).asJavascript("chart");
        assertTrue(chart.contains("log"), chart);
        assertTrue(chart.contains("guide's loop in Python (the guide's figure), N = 100,000"), chart);
    }

    @Test
    void durationsReadInTheRightUnit() {
        assertEquals("2.3 s", AlgorithmsVsCores.duration(2.3));
        assertEquals("22 min", AlgorithmsVsCores.duration(1320));
        assertEquals("36 h", AlgorithmsVsCores.duration(36 * 3600));
        assertEquals("5 days", AlgorithmsVsCores.duration(5 * 86400));
    }
}
