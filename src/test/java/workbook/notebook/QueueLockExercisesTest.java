package workbook.notebook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import workbook.lock.Counter;
import workbook.lock.StopFlag;
import workbook.lock.SynchronizedCounter;
import workbook.lock.UnsafeCounter;
import workbook.lock.UnsafeStopFlag;
import workbook.perfect.PerfectNumbers;
import workbook.processes.ChildJvm;
import workbook.processes.SearchChild;

/** Exercises 04.4-04.6 and 05.4: each check judges what the reader's code does. */
class QueueLockExercisesTest {

    /** The answer notebook's counter: an AtomicLong. */
    static final class AtomicAnswer implements Counter {
        private final AtomicLong count = new AtomicLong();

        public void increment() {
            count.incrementAndGet();
        }

        public long get() {
            return count.get();
        }
    }

    @Test
    void aSafeCounterIsRightAndTheUnsafeOneIsNot() throws Exception {
        // "can't tell yet" when even the unsafe control lost nothing (threads that took turns); never "not yet"
        for (String safe : List.of(Printed.by(() -> Check.countsExactly(AtomicAnswer::new)),
                Printed.by(() -> Check.countsExactly(SynchronizedCounter::new)))) {
            assertTrue(safe.startsWith("Exercise 04.4: right") || safe.startsWith("Exercise 04.4: can't tell yet"), safe);
        }
        String unsafe = Printed.by(() -> Check.countsExactly(UnsafeCounter::new));
        assertTrue(unsafe.startsWith("Exercise 04.4: not yet") || unsafe.startsWith("Exercise 04.4: can't tell yet"), unsafe);
    }

    static void consumeUntilPill(java.util.concurrent.BlockingQueue<Integer> work, java.util.concurrent.BlockingQueue<Integer> found)
            throws InterruptedException {
        for (int n = work.take(); n != Check.PILL; n = work.take()) {
            if (PerfectNumbers.isPerfect(n)) {
                found.put(n);
            }
        }
    }

    @Test
    void aConsumerMustWaitThroughAnEmptyQueueAndStopAtItsPill() throws Exception {
        assertTrue(Printed.by(() -> Check.consumesUntilThePill(QueueLockExercisesTest::consumeUntilPill))
                .startsWith("Exercise 04.5: right"));
        String stopsWhenEmpty = Printed.by(() -> Check.consumesUntilThePill((work, found) -> {
            for (Integer n = work.poll(); n != null && n != Check.PILL; n = work.poll()) {
                if (PerfectNumbers.isPerfect(n)) {
                    found.put(n);
                }
            }
        }));
        assertTrue(stopsWhenEmpty.startsWith("Exercise 04.5: not yet: a consumer stopped before its pill"), stopsWhenEmpty);
        String ignoresThePill = Printed.by(() -> Check.consumesUntilThePill((work, found) -> {
            while (true) {
                int n = work.take();
                if (n > 0 && PerfectNumbers.isPerfect(n)) {
                    found.put(n);
                }
            }
        }));
        assertTrue(ignoresThePill.startsWith("Exercise 04.5: not yet: 3 of 3 consumers still ran"), ignoresThePill);
    }

    /** The answer notebook's flag. */
    static final class VisibleFlag implements StopFlag {
        private volatile boolean stopped;

        public void stop() {
            stopped = true;
        }

        public long spinUntilStopped(long deadlineNanos) {
            long spins = 0;
            while (!stopped && System.nanoTime() < deadlineNanos) {
                spins++;
            }
            return spins;
        }
    }

    @Test
    void aVolatileFlagIsRightAndAPlainOneIsNot() throws Exception {
        assertTrue(Printed.by(() -> Check.stopFlagIsSeen(VisibleFlag::new)).startsWith("Exercise 04.6: right"));
        String plain = Printed.by(() -> Check.stopFlagIsSeen(UnsafeStopFlag::new));
        assertTrue(plain.startsWith("Exercise 04.6: not yet"), plain);   // never seen, or seen without a promise
    }

    static List<Integer> overTwoChildren(int below, boolean oneAtATime) throws Exception {
        List<Process> children = new ArrayList<>();
        List<Integer> found = new ArrayList<>();
        for (String from : List.of("1", "2")) {
            children.add(ChildJvm.start(SearchChild.class, from, String.valueOf(below), "2"));
            if (oneAtATime) {
                read(children.getLast(), found);
            }
        }
        if (!oneAtATime) {
            for (Process child : children) {
                read(child, found);
            }
        }
        Collections.sort(found);
        return found;
    }

    private static void read(Process child, List<Integer> found) throws InterruptedException {
        try (var lines = child.inputReader().lines()) {
            lines.filter(l -> l.startsWith("perfect ")).forEach(l -> found.add(Integer.parseInt(l.substring(8))));
        }
        child.waitFor();
    }

    @Test
    void twoChildJvmsMustSearchAtTheSameTime() throws Exception {
        String both = Printed.by(() -> Check.searchesOverTwoChildJvms(below -> overTwoChildren(below, false)));
        assertTrue(both.startsWith("Exercise 05.4: right"), both);
        String inTurn = Printed.by(() -> Check.searchesOverTwoChildJvms(below -> overTwoChildren(below, true)));
        assertTrue(inTurn.startsWith("Exercise 05.4: not yet: the right numbers, but the children ran one after the other"), inTurn);
    }
}
