package workbook.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Sleepers wake all together on virtual threads, in rounds on a pool; one "second" is 40 ms here. */
class SleepersTest {
    private static final Duration SECOND = Duration.ofMillis(40);

    @Test
    void thousandsOfVirtualSleepersAllWakeInAboutOneSecond() throws InterruptedException {
        var run = Sleepers.onVirtualThreads(5_000, SECOND);
        assertEquals(5_000, run.woke());
        assertEquals(5_000, run.threads());
        assertTrue(run.seconds() >= 0.040, run.toString());
        assertTrue(run.seconds() < 2.0, run.toString() + ": far more than one round of 40 ms");   // one round, not 5000
    }

    @Test
    void aPoolSleepsInRoundsOfItsSize() throws InterruptedException {
        var run = Sleepers.onPlatformPool(10, 3, SECOND);                 // ceil(10 / 3) = 4 rounds
        assertEquals(10, run.woke());
        assertEquals(3, run.threads());
        assertTrue(run.seconds() >= 4 * 0.040, run.toString() + ": fewer than 4 rounds");
        assertTrue(run.seconds() < 4 * 0.040 + 1.0, run.toString());
    }

    @Test
    void predictedRoundsAreTheCeilingOfSleepersOverPool() {
        assertEquals(5, Sleepers.predictedPoolSeconds(10_000, 2_000));
        assertEquals(4, Sleepers.predictedPoolSeconds(10_000, 3_000));
        assertEquals(1, Sleepers.predictedPoolSeconds(1, 1));
        assertEquals(1, Sleepers.predictedPoolSeconds(5, 100));
        assertEquals(10_000, Sleepers.predictedPoolSeconds(10_000, 1));
    }

    @Test
    void anInterruptStopsTheSleepers() throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                Sleepers.onPlatformPool(100, 2, Duration.ofSeconds(10));   // 500 s if not stopped
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        Thread.sleep(200);
        caller.interrupt();
        caller.join(10_000);
        assertFalse(caller.isAlive());
        assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sleepers.onPlatformPool(10, 0, SECOND));
        assertThrows(IllegalArgumentException.class, () -> Sleepers.onVirtualThreads(-1, SECOND));
    }
}
