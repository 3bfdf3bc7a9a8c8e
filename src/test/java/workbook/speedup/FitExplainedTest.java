package workbook.speedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.timing.Timings;

/** The fit said for what it is: this run's points, what s holds, a what-if. */
class FitExplainedTest {
    @Test
    void theExplanationCountsThePointsAndSaysWhatSHolds() {
        List<Point> points = List.of(new Point(1, 2.0, 1.0), new Point(2, 1.1, 1.8), new Point(3, 1.1, 1.8),
                new Point(4, 1.1, 1.8));
        Amdahl law = Amdahl.fit(points, 2);
        List<String> lines = Amdahl.explain(law, points);
        assertTrue(lines.get(0).startsWith("Fitted on this run: s = 0.111, from 3 measured points (pools of 2 to 4"), lines.get(0));
        assertTrue(lines.get(0).endsWith("each from one run."), lines.get(0));
        assertTrue(lines.get(1).contains("one and the same speedup"), lines.get(1));
        assertTrue(lines.get(2).contains("hand-off") && lines.get(2).contains("noise"), lines.get(2));
        assertTrue(lines.get(3).contains("not a prediction"), lines.get(3));
        assertTrue(lines.get(4).contains("1 / s = 9.0x"), lines.get(4));
    }

    @Test
    void repeatedPointsSayHowManyRuns() {
        Timings three = new Timings(new double[] {1.0, 1.1, 1.2});
        List<Point> points = List.of(new Point(1, 2.2, 1.0, three), new Point(2, 1.1, 2.0, three));
        assertTrue(Amdahl.explain(Amdahl.fit(points, 2), points).get(0).endsWith("each the median of 3 runs."));
    }

    @Test
    void measuringWithRunsKeepsEveryRun() throws InterruptedException {
        List<Point> points = SpeedupCurve.measure(2_000, 2, 3, point -> { });
        assertEquals(2, points.size());
        points.forEach(p -> assertEquals(3, p.timings().runs()));
        assertEquals(1.0, points.getFirst().speedup(), 1e-12);
    }

    @Test
    void aSpeedupAboveTheCoresIsWarnedAbout() {
        List<Point> points = List.of(new Point(1, 3.0, 1.0), new Point(2, 1.0, 3.0));
        assertTrue(SpeedupCurve.warnings(points, 2).getFirst().startsWith("A speedup above the number of cores"));
        assertEquals(List.of(), SpeedupCurve.warnings(List.of(new Point(1, 2.0, 1.0), new Point(2, 1.05, 1.9)), 2));
    }

    @Test
    void runsThatSpreadWidelyAreNamed() {
        Timings calm = new Timings(new double[] {2.0, 2.0, 2.1});
        Timings busy = new Timings(new double[] {1.0, 1.5, 3.0});
        List<Point> points = List.of(new Point(1, 2.0, 1.0, calm), new Point(2, 1.5, 1.33, busy));
        List<String> warnings = SpeedupCurve.warnings(points, 2);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.getFirst().startsWith("The runs of the pool of 2 spread over 133 % of their median"), warnings.getFirst());
    }
}
