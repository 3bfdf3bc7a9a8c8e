package workbook.lock;

/**
 * The fix with Java's built-in lock: only one thread at a time runs a {@code synchronized}
 * method of the same object, so read, add and write happen together. Exactly right, always.
 */
public final class SynchronizedCounter implements Counter {
    private long count;

    @Override
    public synchronized void increment() {
        count++;
    }

    @Override
    public synchronized long get() {
        return count;
    }
}
