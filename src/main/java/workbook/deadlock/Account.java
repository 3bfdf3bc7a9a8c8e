package workbook.deadlock;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An account with its own lock. {@link #lock()} waits interruptibly ({@code lockInterruptibly}):
 * a thread stuck in a deadlock there can still be interrupted, which a thread stuck entering a
 * {@code synchronized} block cannot. {@code order} is the account's place in the one global lock
 * order.
 */
public final class Account {
    private final String name;
    private final int order;
    private final OwnedLock lock = new OwnedLock();

    /** ReentrantLock keeps its owner to itself (a protected method); the deadlock report names the lock by it. */
    private static final class OwnedLock extends ReentrantLock {
        Thread owner() {
            return getOwner();
        }
    }
    private long balance;

    public Account(String name, int order, long balance) {
        this.name = name;
        this.order = order;
        this.balance = balance;
    }

    public String name() { return name; }

    public int order() { return order; }

    /** Takes this account's lock; an interrupt while waiting ends the wait with InterruptedException. */
    public void lock() throws InterruptedException {
        lock.lockInterruptibly();
    }

    /** Takes the lock if it comes free within {@code millis}; false if not. */
    public boolean tryLock(long millis) throws InterruptedException {
        return lock.tryLock(millis, TimeUnit.MILLISECONDS);
    }

    public void unlock() {
        lock.unlock();
    }

    /** Whether the calling thread holds this account's lock. */
    public boolean heldByMe() {
        return lock.isHeldByCurrentThread();
    }

    /** The thread holding this account's lock now, or null. */
    public Thread owner() {
        return lock.owner();
    }

    /** Moves one unit to {@code to}; the caller must hold both locks. */
    public void moveOneTo(Account to) {
        if (!heldByMe() || !to.heldByMe()) {
            throw new IllegalStateException("move from " + name + " to " + to.name + " without holding both locks");
        }
        balance--;
        to.balance++;
    }

    public long balance() {
        lock.lock();
        try {
            return balance;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
