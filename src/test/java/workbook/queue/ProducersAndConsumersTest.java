package workbook.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import workbook.perfect.PerfectNumbers;
import workbook.queue.ProducersAndConsumers.Result;
import workbook.ways.TaskFailedException;

/** Everything that goes in comes out once, the end is clean, and no thread is left behind. */
class ProducersAndConsumersTest {
    private static final List<Integer> NUMBERS = IntStream.range(1, 2_000).boxed().toList();

    @Test
    void everyInputComesBackOnceWithItsResult() throws InterruptedException {
        var tally = new ProducersAndConsumers(2, 3, 10).run(NUMBERS, n -> n * 2);
        assertEquals(1_999, tally.in());
        assertEquals(1_999, tally.handled());
        assertEquals(1_999, tally.out());
        assertTrue(tally.balanced());
        assertEquals(NUMBERS, tally.results().stream().map(Result::input).sorted().toList());
        tally.results().forEach(r -> assertEquals(r.input() * 2, r.value()));
        assertNoWorkerLeft();
    }

    @Test
    void findsThePerfectNumbers() throws InterruptedException {
        var tally = new ProducersAndConsumers(2, 2, 100).run(NUMBERS, PerfectNumbers::isPerfect);
        assertEquals(List.of(6, 28, 496),
                tally.results().stream().filter(Result::value).map(Result::input).sorted().toList());
    }

    @Test
    void eachProducerPutsItsShareAndTheConsumersHandleItAll() throws InterruptedException {
        var tally = new ProducersAndConsumers(3, 4, 5).run(IntStream.range(0, 10).boxed().toList(), n -> n);
        assertEquals(Map.of("producer-1", 4L, "producer-2", 3L, "producer-3", 3L), tally.produced());
        assertEquals(List.of("consumer-1", "consumer-2", "consumer-3", "consumer-4"), List.copyOf(tally.consumed().keySet()));
        assertEquals(10, tally.handled());
    }

    @Test
    void aQueueOfOneStillEndsCleanly() throws InterruptedException {
        var tally = new ProducersAndConsumers(3, 5, 1).run(NUMBERS, n -> n);
        assertTrue(tally.balanced());
        assertEquals(1_999, tally.out());
    }

    @Test
    void moreConsumersThanWorkAndNoWorkAtAllEndCleanly() throws InterruptedException {
        assertEquals(2, new ProducersAndConsumers(1, 8, 2).run(List.of(1, 2), n -> n).out());
        var empty = new ProducersAndConsumers(2, 2, 2).run(List.<Integer>of(), n -> n);
        assertEquals(0, empty.in());
        assertEquals(0, empty.out());
        assertTrue(empty.balanced());
        assertNoWorkerLeft();
    }

    @Test
    void aFailingTaskSurfacesAfterTheCleanEndNamingItsInput() {
        var failure = assertThrows(TaskFailedException.class, () -> new ProducersAndConsumers(2, 2, 10).run(NUMBERS, n -> {
            if (n == 777) {
                throw new IllegalStateException("no luck with " + n);
            }
            return n;
        }));
        assertEquals(777, failure.input());
        assertTrue(failure.getMessage().contains("no luck with 777"), failure.getMessage());
        assertNoWorkerLeft();
    }

    @Test
    void anInterruptStopsEveryProducerAndConsumer() throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                new ProducersAndConsumers(2, 2, 4).run(NUMBERS, n -> {
                    Thread.sleep(1_000);                     // slow work: 2000 s in all
                    return n;
                });
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        Thread.sleep(200);
        caller.interrupt();
        caller.join(10_000);
        assertFalse(caller.isAlive());
        assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
        assertNoWorkerLeft();
    }

    @Test
    void needsAtLeastOneOfEach() {
        assertThrows(IllegalArgumentException.class, () -> new ProducersAndConsumers(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ProducersAndConsumers(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ProducersAndConsumers(1, 1, 0));
    }

    private static void assertNoWorkerLeft() {
        var left = Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(name -> name.startsWith("producer-") || name.startsWith("consumer-"))
                .toList();
        assertEquals(List.of(), left);
    }
}
