package workbook.modern;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the tasks running at this moment and remembers the most there ever were at once. */
public final class InFlight {
    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    /** A task starts. */
    public void enter() {
        peak.accumulateAndGet(now.incrementAndGet(), Math::max);
    }

    /** A task ends. */
    public void leave() {
        now.decrementAndGet();
    }

    /** The most tasks that ran at the same time. */
    public int peak() {
        return peak.get();
    }

    /** Tasks running now. */
    public int now() {
        return now.get();
    }
}
