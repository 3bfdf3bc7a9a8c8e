package workbook.ways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import workbook.perfect.PerfectNumbers;

/** The promises every way keeps (see {@link Way}), checked for each. */
class WaysTest {

    static Stream<Way> ways() {
        return Stream.of(new PlainLoop(), ThreadPerTask.platform(), ThreadPerTask.virtual(),
                new FixedPool(3), new ParallelStream(3));
    }

    static Stream<Way> parallelWays() {
        return ways().filter(way -> !(way instanceof PlainLoop));
    }

    private static final List<Integer> NUMBERS = IntStream.range(1, 2_000).boxed().toList();

    @ParameterizedTest
    @MethodSource("ways")
    void findsTheSamePerfectNumbersAsTheLoop(Way way) throws InterruptedException {
        List<Boolean> perfect = way.map(NUMBERS, PerfectNumbers::isPerfect);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < NUMBERS.size(); i++) {
            if (perfect.get(i)) {
                found.add(NUMBERS.get(i));
            }
        }
        assertEquals(List.of(6, 28, 496), found);
    }

    @ParameterizedTest
    @MethodSource("ways")
    void resultsComeBackInInputOrderWhateverOrderTasksFinishIn(Way way) throws InterruptedException {
        // early inputs sleep longest, so they finish last when run in parallel
        List<Integer> inputs = IntStream.rangeClosed(1, 12).boxed().toList();
        List<Integer> results = way.map(inputs, i -> {
            Thread.sleep(5L * (13 - i));
            return i * 10;
        });
        assertEquals(inputs.stream().map(i -> i * 10).toList(), results);
    }

    @ParameterizedTest
    @MethodSource("ways")
    void aFailingTaskSurfacesAsAnErrorNamingItsInput(Way way) {
        var failure = assertThrows(TaskFailedException.class, () -> way.map(NUMBERS, n -> {
            if (n == 777) {
                throw new IllegalStateException("no luck with " + n);
            }
            return n;
        }));
        assertEquals(777, failure.input());
        assertInstanceOf(IllegalStateException.class, failure.getCause());
        assertTrue(failure.getMessage().contains("input 777"), failure.getMessage());
        assertTrue(failure.getMessage().contains("no luck with 777"), failure.getMessage());
    }

    @ParameterizedTest
    @MethodSource("ways")
    void noThreadOutlivesTheCall(Way way) throws InterruptedException {
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        way.map(IntStream.range(0, 50).boxed().toList(), i -> {
            workers.add(Thread.currentThread());
            Thread.sleep(2);
            return i;
        });
        for (Thread worker : workers) {
            if (worker != Thread.currentThread()) {
                assertFalse(worker.isAlive(), worker + " still runs after map returned");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ways")
    void anInterruptStopsEveryWorkerAndNoThreadOutlivesTheCall(Way way) throws Exception {
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        AtomicInteger finished = new AtomicInteger();
        CountDownLatch someStarted = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                way.map(inputs, i -> {
                    workers.add(Thread.currentThread());
                    someStarted.countDown();
                    Thread.sleep(10_000);          // far longer than the test waits
                    finished.incrementAndGet();
                    return i;
                });
                outcome.set(new AssertionError("map returned although interrupted"));
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        assertTrue(someStarted.await(10, TimeUnit.SECONDS), "tasks started");
        caller.interrupt();
        caller.join(5_000);
        assertFalse(caller.isAlive(), "map did not return within 5 s of the interrupt");
        assertInstanceOf(InterruptedException.class, rootOf(outcome.get()), String.valueOf(outcome.get()));
        assertEquals(0, finished.get(), "no task slept to the end");
        for (Thread worker : workers) {
            if (worker != caller) {
                assertFalse(worker.isAlive(), worker + " still runs after the interrupt");
            }
        }
    }

    private static Throwable rootOf(Throwable t) {
        // the plain loop runs the task on the caller itself: its sleep's InterruptedException comes straight out
        return t instanceof TaskFailedException f ? f.getCause() : t;
    }

    @Test
    void aFixedPoolTakesTasksFirstInFirstOut() throws InterruptedException {
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        new FixedPool(1).map(IntStream.range(0, 20).boxed().toList(), i -> started.add(i));
        assertEquals(IntStream.range(0, 20).boxed().toList(), started);
    }

    @Test
    void aFixedPoolRunsNoMoreTasksAtOnceThanItHasWorkers() throws InterruptedException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        new FixedPool(3).map(IntStream.range(0, 30).boxed().toList(), i -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(3);
            running.decrementAndGet();
            return i;
        });
        assertEquals(3, most.get());
    }

    @Test
    void threadPerTaskStartsOneThreadPerInput() throws InterruptedException {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        ThreadPerTask.virtual().map(IntStream.range(0, 100).boxed().toList(), i -> threads.add(Thread.currentThread()));
        assertEquals(100, threads.size());
        assertTrue(threads.stream().allMatch(Thread::isVirtual));
    }

    @Test
    void workersPerWay() {
        assertEquals(1, new PlainLoop().workers(99));
        assertEquals(99, ThreadPerTask.platform().workers(99));
        assertEquals(4, new FixedPool(4).workers(99));
        assertEquals(2, new ParallelStream(2).workers(99));
        assertThrows(IllegalArgumentException.class, () -> new FixedPool(0));
        assertThrows(IllegalArgumentException.class, () -> new ParallelStream(0));
    }

    @Test
    void anEmptyListMapsToAnEmptyList() throws InterruptedException {
        for (Way way : ways().toList()) {
            assertEquals(List.of(), way.map(List.<Integer>of(), i -> i), way.name());
        }
    }
}
