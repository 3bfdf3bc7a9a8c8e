package workbook.lock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Forbidden: a volatile flag that the loop never sees. Acceptable for the plain flag: seen or
 * not (the memory model allows both), but the trial always ends by the loop's deadline.
 */
class StopFlagTrialTest {

    @Test
    void theLoopSeesAVolatileFlag() throws InterruptedException {
        var outcome = StopFlagTrial.tryToStop(new VolatileStopFlag(), Duration.ofMillis(300), Duration.ofSeconds(5));
        assertTrue(outcome.sawStop(), outcome.toString());
        assertTrue(outcome.secondsAfterStop() < 5, outcome.toString());
        assertTrue(outcome.toString().startsWith("VolatileStopFlag: stop() after 0.3 s; the loop saw it "), outcome.toString());
    }

    @Test
    void aPlainFlagTrialEndsByTheDeadlineWhateverTheLoopSees() throws InterruptedException {
        long start = System.nanoTime();
        var outcome = StopFlagTrial.tryToStop(new UnsafeStopFlag(), Duration.ofMillis(300), Duration.ofMillis(700));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 10, seconds + " s");                    // a generous bound: the deadline is at 1 s
        assertTrue(outcome.spins() > 0, outcome.toString());
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("spinner")));
    }
}
