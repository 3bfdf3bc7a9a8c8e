package workbook.speedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One point per pool size, speedups over the pool of one, heard as they come. */
class SpeedupCurveTest {

    @Test
    void measuresEveryPoolFromOneToMax() throws InterruptedException {
        List<Integer> heard = new ArrayList<>();
        List<Point> points = SpeedupCurve.measure(3_000, 3, point -> heard.add(point.workers()));
        assertEquals(List.of(1, 2, 3), points.stream().map(Point::workers).toList());
        assertEquals(List.of(1, 2, 3), heard);
        assertEquals(1.0, points.getFirst().speedup(), 1e-12);
        for (Point point : points) {
            assertTrue(point.seconds() > 0);
            assertEquals(points.getFirst().seconds() / point.seconds(), point.speedup(), 1e-9);
        }
    }

    @Test
    void tableSetsMeasuredBesideIdealAndFit() {
        List<Point> points = List.of(new Point(1, 2.0, 1.0), new Point(2, 1.0, 2.0), new Point(3, 1.0, 2.0));
        var law = Amdahl.fit(points, 2);
        var table = SpeedupCurve.table("t", points, law);
        assertEquals(List.of("workers", "seconds", "measured", "ideal", "Amdahl fit", "efficiency %"), table.columnNames());
        assertEquals(List.of(1.0, 2.0, 3.0), table.doubleColumn("ideal").asList());
        assertEquals(2.0, table.doubleColumn("Amdahl fit").get(2), 1e-6);
        assertEquals(200.0 / 3, table.doubleColumn("efficiency %").get(2), 1e-9);
    }

    @Test
    void needsAWorker() {
        assertThrows(IllegalArgumentException.class, () -> SpeedupCurve.measure(100, 0, point -> {}));
    }
}
