package workbook.modern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A ThreadLocal cache makes one copy per thread: a few on a pool, one per task on virtual threads. */
class ThreadLocalCostTest {

    @Test
    void everyVirtualThreadMakesItsOwnCopy() throws InterruptedException {
        var run = ThreadLocalCost.onVirtualThreads(20_000, 256);
        assertEquals(20_000, run.copies());
        assertTrue(run.bytesAllocated() >= 20_000L * 256, run.toString());
    }

    @Test
    void aPoolMakesAtMostOneCopyPerWorker() throws InterruptedException {
        var run = ThreadLocalCost.onPool(20_000, 256, 2);
        assertTrue(run.copies() >= 1 && run.copies() <= 2, run.toString());
    }

    @Test
    void theTaskCountIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> ThreadLocalCost.onVirtualThreads(ThreadLocalCost.MAX_TASKS + 1, 8));
        assertThrows(IllegalArgumentException.class, () -> ThreadLocalCost.onPool(0, 8, 2));
    }
}
