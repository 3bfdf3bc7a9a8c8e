package workbook.speedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Amdahl's law and the least-squares fit of its serial fraction. */
class AmdahlTest {

    @Test
    void lawGivesTheKnownSpeedups() {
        var law = new Amdahl(0.1, 64);
        assertEquals(1.0, law.speedup(1), 1e-12);
        assertEquals(1 / (0.1 + 0.9 / 4), law.speedup(4), 1e-12);
        assertEquals(10.0, law.limit(), 1e-12);
        assertEquals(2.0, new Amdahl(0, 8).speedup(2), 1e-12);
    }

    @Test
    void workersBeyondTheCoresAddNothing() {
        var law = new Amdahl(0.05, 2);
        assertEquals(law.speedup(2), law.speedup(3), 1e-12);
        assertEquals(law.speedup(2), law.speedup(100), 1e-12);
    }

    @Test
    void fitRecoversTheSerialFractionOfExactPoints() {
        for (double s : new double[] {0.0, 0.03, 0.1, 0.5, 1.0}) {
            var law = new Amdahl(s, 8);
            List<Point> points = IntStream.rangeClosed(1, 16)
                    .mapToObj(p -> new Point(p, 1 / law.speedup(p), law.speedup(p))).toList();
            assertEquals(s, Amdahl.fit(points, 8).serialFraction(), 1e-6, "s = " + s);
        }
    }

    @Test
    void fitOfTwoCoresAtNinetyPercentEfficiency() {
        // speedup 1.8 on two cores: 1 / (s + (1 - s) / 2) = 1.8  =>  s = 2 / 1.8 - 1 = 0.111
        List<Point> points = List.of(new Point(1, 10, 1.0), new Point(2, 10 / 1.8, 1.8),
                new Point(3, 10 / 1.8, 1.8), new Point(4, 10 / 1.8, 1.8));
        assertEquals(2 / 1.8 - 1, Amdahl.fit(points, 2).serialFraction(), 1e-6);
    }

    @Test
    void fitIsTheLeastSquaresMinimum() {
        List<Point> points = List.of(new Point(1, 1, 1.0), new Point(2, 0.6, 1.7), new Point(3, 0.5, 1.9), new Point(4, 0.5, 2.05));
        double s = Amdahl.fit(points, 4).serialFraction();
        double best = Amdahl.squaredError(points, s, 4);
        for (double other = 0; other <= 1; other += 0.001) {
            assertEquals(true, Amdahl.squaredError(points, other, 4) >= best - 1e-12, "s = " + other + " fits better than " + s);
        }
    }

    @Test
    void badValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Amdahl(-0.1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Amdahl(1.1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Amdahl(0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> Amdahl.fit(List.of(), 2));
    }
}
