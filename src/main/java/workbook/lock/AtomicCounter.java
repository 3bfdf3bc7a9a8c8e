package workbook.lock;

import java.util.concurrent.atomic.AtomicLong;

/**
 * No lock at all: the processor adds one in a single atomic instruction
 * ({@code lock xadd} on x86). Exactly right; the threads still queue for the one memory location.
 */
public final class AtomicCounter implements Counter {
    private final AtomicLong count = new AtomicLong();

    @Override
    public void increment() {
        count.incrementAndGet();
    }

    @Override
    public long get() {
        return count.get();
    }
}
