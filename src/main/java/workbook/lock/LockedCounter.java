package workbook.lock;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The same fix with an explicit lock, the closest to Python's {@code multiprocessing.Lock}:
 * {@code lock()}, change, {@code unlock()} in a {@code finally} so an exception cannot leave it locked.
 */
public final class LockedCounter implements Counter {
    private final ReentrantLock lock = new ReentrantLock();
    private long count;

    @Override
    public void increment() {
        lock.lock();
        try {
            count++;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long get() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
