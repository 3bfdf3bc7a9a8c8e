package workbook.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimingsTest {
    @Test
    void medianOfAnOddCountIsTheMiddleRun() {
        Timings t = new Timings(new double[] {3.0, 1.0, 2.0});
        assertEquals(2.0, t.median());
        assertEquals(1.0, t.min());
        assertEquals(3.0, t.max());
        assertEquals(1.0, t.spread());
        assertEquals("median 2.000 s (1.000 to 3.000 s over 3 runs)", t.toString());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleRuns() {
        assertEquals(2.5, new Timings(new double[] {4.0, 1.0, 2.0, 3.0}).median());
    }

    @Test
    void oneRunSaysSo() {
        assertEquals("1.500 s (one run)", new Timings(new double[] {1.5}).toString());
    }

    @Test
    void runsTheWorkAsOftenAsAsked() {
        AtomicInteger calls = new AtomicInteger();
        Timings t = Timings.of(4, calls::incrementAndGet);
        assertEquals(4, calls.get());
        assertEquals(4, t.runs());
    }

    @Test
    void refusesNoRuns() {
        assertThrows(IllegalArgumentException.class, () -> Timings.of(0, () -> {}));
        assertThrows(IllegalArgumentException.class, () -> new Timings(new double[0]));
    }
}
