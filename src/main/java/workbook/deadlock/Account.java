package workbook.deadlock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
    /** The accounts whose locks the current thread holds, in the order it took them. */
    private static final ThreadLocal<List<Account>> HELD = ThreadLocal.withInitial(ArrayList::new);
    private final AtomicLong takenOutOfOrder = new AtomicLong();
    private final AtomicLong waitedWhileHolding = new AtomicLong();

    public Account(String name, int order, long balance) {
        this.name = name;
        this.order = order;
        this.balance = balance;
    }

    public String name() { return name; }

    public int order() { return order; }

    /** Takes this account's lock; an interrupt while waiting ends the wait with InterruptedException. */
    public void lock() throws InterruptedException {
        List<Account> held = HELD.get();
        if (!held.isEmpty()) {
            waitedWhileHolding.incrementAndGet();      // may wait for ever while holding a lock: a deadlock can start here
        }
        lock.lockInterruptibly();
        taken(held);
    }

    /** Takes the lock if it comes free within {@code millis}; false if not. */
    public boolean tryLock(long millis) throws InterruptedException {
        boolean got = lock.tryLock(millis, TimeUnit.MILLISECONDS);
        if (got) {
            taken(HELD.get());
        }
        return got;
    }

    private void taken(List<Account> held) {
        if (held.stream().anyMatch(other -> other.order > order)) {
            takenOutOfOrder.incrementAndGet();
        }
        held.add(this);
    }

    public void unlock() {
        lock.unlock();
        HELD.get().remove(this);
    }

    /** How often a thread took this account's lock while holding the lock of an account later in the order. */
    public long takenOutOfOrder() {
        return takenOutOfOrder.get();
    }

    /** How often a thread called {@link #lock()} (a wait without limit) while already holding another account's lock. */
    public long waitedWhileHolding() {
        return waitedWhileHolding.get();
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
