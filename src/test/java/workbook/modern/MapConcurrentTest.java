package workbook.modern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Gatherers;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Gatherers.mapConcurrent as the map-concurrent step uses it: input order, a bound, a failure cancels the rest. */
class MapConcurrentTest {

    @Test
    void mapConcurrentKeepsInputOrderWhateverOrderTheTasksEndIn() {
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        List<Integer> finished = new CopyOnWriteArrayList<>();
        List<Integer> out = inputs.stream()
                .gather(Gatherers.mapConcurrent(50, i -> {
                    sleep(Duration.ofMillis(ThreadLocalRandom.current().nextInt(1, 30)));   // end in any order
                    finished.add(i);
                    return i * 10;
                }))
                .toList();
        assertEquals(inputs.stream().map(i -> i * 10).toList(), out);
        assertEquals(200, finished.size());
        assertTrue(!finished.equals(inputs), "the tasks ended in input order by chance; the test proves nothing");
    }

    @Test
    void mapConcurrentRunsAtMostLimitAtOnceAndReachesIt() {
        InFlight inFlight = new InFlight();
        IntStream.range(0, 100).boxed()
                .gather(Gatherers.mapConcurrent(10, i -> {
                    inFlight.enter();
                    try {
                        sleep(Duration.ofMillis(50));
                        return i;
                    } finally {
                        inFlight.leave();
                    }
                }))
                .toList();
        assertEquals(10, inFlight.peak());
        assertEquals(0, inFlight.now());
    }

    @Test
    void aFailingTaskCancelsTheOthersAndEveryThreadEnds() {
        List<Thread> taskThreads = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        RuntimeException failure = assertThrows(RuntimeException.class, () -> IntStream.range(0, 1000).boxed()
                .gather(Gatherers.mapConcurrent(100, i -> {
                    taskThreads.add(Thread.currentThread());
                    if (i == 0) {
                        sleep(Duration.ofMillis(200));
                        throw new IllegalStateException("task 0 failed");
                    }
                    sleep(Duration.ofMinutes(10));                     // only a cancel ends it in time
                    return i;
                }))
                .toList());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("task 0 failed", failure.getMessage());
        assertTrue(seconds < 60, "took " + seconds + " s: the others were not cancelled");
        assertEquals(100, taskThreads.size(), "no task started after the failure");
        assertTrue(taskThreads.stream().noneMatch(Thread::isAlive), "a task's thread outlived the stream");
    }

    @Test
    void aFailureIsSeenInInputOrderOnlyAfterTheTasksBeforeIt() {
        // JDK 25: results, failures too, come out in input order; a failure waits for the tasks before it
        long start = System.nanoTime();
        RuntimeException failure = assertThrows(RuntimeException.class, () -> IntStream.range(0, 10).boxed()
                .gather(Gatherers.mapConcurrent(10, i -> {
                    if (i == 5) {
                        throw new IllegalStateException("task 5 failed");      // at once
                    }
                    sleep(Duration.ofMillis(500));
                    return i;
                }))
                .toList());
        assertEquals("task 5 failed", failure.getMessage());
        assertTrue((System.nanoTime() - start) / 1e9 >= 0.5, "the failure came before tasks 0..4 ended");
    }

    @Test
    void anInterruptOfTheCallerDoesNotStopIt() throws InterruptedException {
        // JDK 25: mapConcurrent waits for its tasks through an interrupt and sets the flag again after
        List<Integer> out = new CopyOnWriteArrayList<>();
        boolean[] flagAfter = new boolean[1];
        Thread caller = Thread.ofPlatform().start(() -> {
            out.addAll(IntStream.range(0, 20).boxed()
                    .gather(Gatherers.mapConcurrent(5, i -> {
                        sleep(Duration.ofMillis(100));
                        return i;
                    }))
                    .toList());
            flagAfter[0] = Thread.currentThread().isInterrupted();
        });
        Thread.sleep(150);
        caller.interrupt();
        caller.join(Duration.ofSeconds(60));
        assertEquals(IntStream.range(0, 20).boxed().toList(), out, "every result, despite the interrupt");
        assertTrue(flagAfter[0], "the interrupt is kept for the caller");
    }

    static void sleep(Duration time) {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }
}
