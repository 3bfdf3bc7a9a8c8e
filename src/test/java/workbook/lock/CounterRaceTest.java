package workbook.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptable: the safe counters count every increment, always; the unsafe one never counts more
 * than it was given. Expected (not guaranteed by the memory model, but seen on any multi-core
 * machine given enough increments): the unsafe one loses some.
 */
class CounterRaceTest {

    static Stream<Supplier<Counter>> safeCounters() {
        return Stream.of(SynchronizedCounter::new, LockedCounter::new, AtomicCounter::new, AdderCounter::new);
    }

    @ParameterizedTest
    @MethodSource("safeCounters")
    void safeCountersCountEveryIncrementExactly(Supplier<Counter> make) throws InterruptedException {
        var result = CounterRace.race(make.get(), 4, 200_000);
        assertEquals(800_000, result.expected());
        assertEquals(800_000, result.counted());
        assertEquals(0, result.lost());
    }

    @Test
    void unsafeCounterNeverCountsMoreThanItWasGiven() throws InterruptedException {
        var result = CounterRace.race(new UnsafeCounter(), 4, 200_000);
        assertTrue(result.counted() <= 800_000, result.toString());
        assertTrue(result.counted() > 0, result.toString());
        assertEquals(800_000 - result.counted(), result.lost());
    }

    @Test
    void unsafeCounterAloneLosesNothing() throws InterruptedException {
        assertEquals(0, CounterRace.race(new UnsafeCounter(), 1, 300_000).lost());   // no other thread, no race
    }

    @Test
    void unsafeCounterLosesUpdatesWhenThreadsCollide() throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "collisions need two cores");
        // each thread must run long enough for the two to run on both cores at once: on a busy
        // machine the threads often take turns on one core, and then lose little or nothing
        long lost = 0;
        for (int attempt = 0; attempt < 10 && lost == 0; attempt++) {  // one attempt is nearly always enough
            lost = CounterRace.race(new UnsafeCounter(), 2, 20_000_000).lost();
        }
        assertTrue(lost > 0, "10 races of 2 threads x 20,000,000 increments lost nothing");
    }

    @Test
    void raceAllRunsTheUnsafeCounterFirstThenTheFourFixes() throws InterruptedException {
        var results = CounterRace.raceAll(2, 10_000);
        assertEquals(List.of("UnsafeCounter", "SynchronizedCounter", "LockedCounter", "AtomicCounter", "AdderCounter"),
                results.stream().map(CounterRace.Result::counter).toList());
        results.stream().skip(1).forEach(r -> assertEquals(20_000, r.counted(), r.counter()));
    }

    @Test
    void resultArithmetic() {
        var result = new CounterRace.Result("UnsafeCounter", 4, 1_000, 750, 0.5);
        assertEquals(250, result.lost());
        assertEquals(25.0, result.lostPercent(), 1e-9);
        assertEquals(500_000.0, result.nanosPerIncrement(), 1e-6);
    }

    @Test
    void tableShowsEveryCounterWithItsLoss() throws InterruptedException {
        var table = CounterRace.costTable("t", CounterRace.raceAll(2, 1_000, 1));
        assertEquals(List.of("counter", "threads", "runs", "expected", "counted", "lost", "median ns per increment", "lowest",
                "highest"), table.columnNames());
        assertEquals(5, table.rowCount());
        assertEquals(0L, table.longColumn("lost").get(1));
    }

    @Test
    void anInterruptedRaceLeavesNoRacerRunning() throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                CounterRace.race(new SynchronizedCounter(), 2, Long.MAX_VALUE / 4);   // would run for ages
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        Thread.sleep(200);
        caller.interrupt();
        caller.join(10_000);
        assertFalse(caller.isAlive());
        assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("racer-")));
    }

    @Test
    void aRacerThatCannotStartEndsTheRaceInOneLineWithNoRacerLeft() {
        CounterRace.Starter refusesTheThird = (name, task) -> {
            if (name.equals("racer-3")) {
                throw new OutOfMemoryError("unable to create native thread: possibly out of memory or process/resource limits reached");
            }
            return Thread.ofPlatform().name(name).start(task);
        };
        var failure = assertThrows(IllegalStateException.class,
                () -> CounterRace.race(new SynchronizedCounter(), 5, 1_000_000_000L, refusesTheThird));
        assertEquals("could not start racer 3 of 5 (unable to create native thread: possibly out of memory or process/resource"
                + " limits reached)", failure.getMessage());
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("racer-")));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CounterRace.race(new AtomicCounter(), 0, 10));
        assertThrows(IllegalArgumentException.class, () -> CounterRace.race(new AtomicCounter(), 1, -1));
    }
}
