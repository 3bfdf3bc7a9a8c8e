package workbook.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The deadlock is certain (a latch makes both threads hold their first lock), found, and broken; the fixes finish. */
class DeadlocksTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    static Transfer oppositeOrder(CountDownLatch bothHoldOne) {
        return (from, to) -> {
            from.lock();
            try {
                bothHoldOne.countDown();
                bothHoldOne.await();
                to.lock();
                try {
                    from.moveOneTo(to);
                } finally {
                    to.unlock();
                }
            } finally {
                from.unlock();
            }
        };
    }

    @Test
    void oppositeOrderDeadlocksIsFoundAndEndsWithinSeconds() throws InterruptedException {
        long start = System.nanoTime();
        var outcome = Deadlocks.race(oppositeOrder(new CountDownLatch(2)), 1000, LIMIT);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(outcome.deadlocked(), outcome.summary());
        assertFalse(outcome.finished());
        assertTrue(outcome.threadsEnded(), "both threads ended after the interrupt");
        assertTrue(seconds < 20, "ended by itself within a generous bound: " + seconds + " s");
        assertEquals(0, outcome.transfersBefore(), "the first transfers deadlock");
        assertEquals(2_000_000, outcome.total());
        List<String> cycle = outcome.cycle();
        assertEquals(2, cycle.size(), cycle.toString());
        assertTrue(cycle.get(0).matches("transfer-1 \\(WAITING\\) holds lock A \\[.*\\] and waits for lock B \\[.*\\], held by transfer-2"),
                cycle.get(0));
        assertTrue(cycle.get(1).matches("transfer-2 \\(WAITING\\) holds lock B \\[.*\\] and waits for lock A \\[.*\\], held by transfer-1"),
                cycle.get(1));
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("transfer-")),
                "no transfer thread left");
    }

    @Test
    void oneLockOrderFinishesEveryTransfer() throws InterruptedException {
        Transfer oneOrder = (from, to) -> {
            Account first = from.order() < to.order() ? from : to;
            Account second = first == from ? to : from;
            first.lock();
            try {
                second.lock();
                try {
                    from.moveOneTo(to);
                } finally {
                    second.unlock();
                }
            } finally {
                first.unlock();
            }
        };
        var outcome = Deadlocks.race(oneOrder, 50_000, LIMIT);
        assertTrue(outcome.finished(), outcome.summary());
        assertEquals(100_000, outcome.transfersDone());
        assertEquals(2_000_000, outcome.total());
    }

    @Test
    void tryLockWithBackOffFinishesEveryTransfer() throws InterruptedException {
        Transfer trying = (from, to) -> {
            while (true) {
                from.lock();
                try {
                    if (to.tryLock(1)) {
                        try {
                            from.moveOneTo(to);
                            return;
                        } finally {
                            to.unlock();
                        }
                    }
                } finally {
                    from.unlock();
                }
                Thread.sleep(0, 20_000);
            }
        };
        var outcome = Deadlocks.race(trying, 50_000, LIMIT);
        assertTrue(outcome.finished(), outcome.summary());
        assertEquals(100_000, outcome.transfersDone());
        assertEquals(2_000_000, outcome.total());
    }

    @Test
    void movingWithoutBothLocksIsRefused() {
        Account a = new Account("A", 1, 10);
        Account b = new Account("B", 2, 10);
        try {
            a.moveOneTo(b);
            throw new AssertionError("moved without locks");
        } catch (IllegalStateException expected) {
            assertEquals(10, a.balance());
        }
    }
}
