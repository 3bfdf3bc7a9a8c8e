package workbook.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workbook.perfect.PerfectNumbers;

/** Every way tests every number exactly once, whoever gets which; only the timing differs. */
class LoadBalanceTest {

    static Stream<Split> ways() {
        return Stream.of(new StaticBlocks(), new Interleaved(), new SmallChunks(7), new WorkStealing(7));
    }

    @ParameterizedTest
    @MethodSource("ways")
    void everyWayFindsThePerfectNumbers(Split way) throws InterruptedException {
        for (int workers : new int[] {1, 2, 3, 5}) {
            Run run = way.search(10_000, workers, PerfectNumbers::isPerfect);
            assertEquals(List.of(6, 28, 496, 8128), run.found(), way.name() + " on " + workers);
            assertEquals(workers, run.workers());
        }
    }

    @ParameterizedTest
    @MethodSource("ways")
    void everyNumberIsTestedExactlyOnce(Split way) throws InterruptedException {
        for (int limit : new int[] {1, 2, 3, 100, 1_001}) {
            var seen = new ConcurrentHashMap<Integer, AtomicInteger>();
            way.search(limit, 3, n -> seen.computeIfAbsent(n, k -> new AtomicInteger()).incrementAndGet() < 0);
            assertEquals(IntStream.range(1, Math.max(1, limit)).boxed().toList(), seen.keySet().stream().sorted().toList(),
                    way.name() + " below " + limit);
            seen.forEach((n, times) -> assertEquals(1, times.get(), way.name() + ": " + n));
        }
    }

    @ParameterizedTest
    @MethodSource("ways")
    void eachWorkerReportsItsBusyTime(Split way) throws InterruptedException {
        Run run = way.search(3_000, 3, PerfectNumbers::isPerfect);
        assertTrue(run.busySeconds().length >= 3, way.name());
        assertTrue(run.busiest() <= run.seconds() + 1e-3, way.name() + ": busier than the whole run");
    }

    @ParameterizedTest
    @MethodSource("ways")
    void anInterruptStopsEveryWorker(Split way) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                way.search(1_000_000, 2, n -> {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();   // the way notices it before the next number
                    }
                    return false;
                });
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        Thread.sleep(200);
        caller.interrupt();
        caller.join(10_000);
        assertFalse(caller.isAlive(), way.name());
        assertTrue(thrown.get() instanceof InterruptedException, way.name() + ": " + thrown.get());
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("worker-") || t.getName().startsWith("stealer-")), way.name());
    }

    @ParameterizedTest
    @MethodSource("ways")
    void aFailingTestEndsTheSearchWithItsError(Split way) {
        var error = new IllegalStateException("no luck with 777");
        var thrown = assertThrows(IllegalStateException.class, () -> way.search(2_000, 2, n -> {
            if (n == 777) {
                throw error;
            }
            return false;
        }));
        assertSame(error, thrown);
    }

    @Test
    void staticBlocksAreConsecutiveAndCoverTheRange() {
        assertEquals("1 .. 49999", StaticBlocks.block(0, 2, 100_000).toString());
        assertEquals("50000 .. 99999", StaticBlocks.block(1, 2, 100_000).toString());
        assertEquals(1, StaticBlocks.block(0, 3, 11).from());
        assertEquals(11, StaticBlocks.block(2, 3, 11).to());
    }

    @Test
    void halvesAreExpectedToReachTwoThirdsEfficiency() {
        assertEquals(2.0 / 3, StaticBlocks.expectedEfficiency(100_000, 2), 1e-3);   // 1/4 and 3/4 of the work
        assertEquals(4.0 / 7, StaticBlocks.expectedEfficiency(100_000, 4), 1e-3);   // W / (2W - 1)
        assertEquals(1.0, StaticBlocks.expectedEfficiency(100_000, 1), 1e-12);
    }

    @Test
    void efficiencyIsSpeedupPerWorker() {
        Run run = new Run("x", 2, List.of(), 5.0, new double[] {5.0, 2.5});
        assertEquals(1.6, run.speedup(8.0), 1e-12);
        assertEquals(0.8, run.efficiency(8.0), 1e-12);
        assertEquals(5.0, run.busiest());
        assertEquals(2.5, run.idlest());
        assertEquals(0.75, run.balance(), 1e-12);                 // 7.5 s of work on 2 x 5 s
    }

    @Test
    void interleavedSharesAreNearlyEqualWorkWhereHalvesAreNot() {
        double first = StaticBlocks.block(0, 2, 100_000).guideLoopSteps();
        double second = StaticBlocks.block(1, 2, 100_000).guideLoopSteps();
        assertEquals(1.0 / 3, first / second, 1e-3);               // 1/4 against 3/4 of the work
        double odd = workbook.perfect.Slice.interleaved(0, 2, 100_000).guideLoopSteps();
        double even = workbook.perfect.Slice.interleaved(1, 2, 100_000).guideLoopSteps();
        assertEquals(1.0, odd / even, 1e-3);
    }

    @Test
    void tableHasTheBaselineFirstThenEveryWay() throws InterruptedException {
        Run loop = LoadBalance.plainLoop(2_000, PerfectNumbers::isPerfect);
        List<Run> runs = LoadBalance.ways(50).stream().map(way -> {
            try {
                return way.search(2_000, 2, PerfectNumbers::isPerfect);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }).toList();
        var table = LoadBalance.table("t", loop, runs);
        assertEquals(List.of("plain loop", "static blocks", "interleaved", "chunks of 50", "work stealing"),
                table.stringColumn("way").asList());
        assertEquals(List.of("way", "workers", "seconds", "speedup", "efficiency %", "balance %", "busiest worker cpu s",
                "idlest worker cpu s"), table.columnNames());
        assertEquals(100.0, table.doubleColumn("efficiency %").get(0), 1e-9);
        assertEquals(100.0, table.doubleColumn("balance %").get(0), 1e-9);
        assertEquals(List.of(6, 28, 496), loop.found());
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SmallChunks(0));
        assertThrows(IllegalArgumentException.class, () -> new WorkStealing(0));
        assertThrows(IllegalArgumentException.class, () -> new Interleaved().search(10, 0, n -> false));
        assertThrows(IllegalArgumentException.class, () -> new WorkStealing(5).search(10, 0, n -> false));
    }
}
