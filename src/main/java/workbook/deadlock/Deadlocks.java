package workbook.deadlock;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Two threads move money between the same two accounts in opposite directions, watched by the
 * JVM's own deadlock finder ({@link ThreadMXBean#findDeadlockedThreads()}). When they deadlock,
 * the cycle is read from the thread info, then both threads are interrupted (the accounts lock
 * with {@code lockInterruptibly}) and joined: nothing outlives the call.
 */
public final class Deadlocks {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Deadlocks() {}

    /**
     * What a run gave: {@code cycle} is empty when every transfer finished; otherwise one line
     * per thread in the cycle. {@code transfersBefore}: transfers done when the deadlock was found
     * (or all, when finished); {@code transfersDone}: after the interrupt (once one thread of the
     * cycle lets go, the other may go on and finish); {@code total}: both balances afterwards.
     */
    public record Outcome(boolean finished, List<String> cycle, long transfersBefore, long transfersDone, long total,
                          long expectedTotal, double seconds, boolean threadsEnded, long outOfOrder, long waitsWhileHolding) {
        public boolean deadlocked() {
            return !cycle.isEmpty();
        }

        public String summary() {
            String what = finished
                    ? String.format(Locale.ROOT, "Both threads finished: %,d transfers in %.3f s, no deadlock.", transfersDone, seconds)
                    : String.format(Locale.ROOT, "Deadlock found after %,d transfers; ended %.3f s after the start, %,d transfers"
                            + " done by then.", transfersBefore, seconds, transfersDone);
            return what + String.format(Locale.ROOT, " Money in both accounts: %,d (started with %,d).%s", total, expectedTotal,
                    threadsEnded ? "" : " A thread did not end!");
        }
    }

    /** A transfer that needs a meeting point: both threads hold their first lock before either takes the second. */
    public interface Rendezvous {
        /** Call between the first lock and the second; returns when the other thread has come as far. */
        void meet() throws InterruptedException;
    }

    /**
     * Thread "transfer-1" moves {@code transfers} units from A to B, thread "transfer-2" as many
     * from B to A, both with {@code transfer}, at the same time. A watcher asks the JVM for
     * deadlocked threads every 10 ms; after {@code limit} without an end, the run is given up.
     */
    public static Outcome race(Transfer transfer, long transfers, Duration limit) throws InterruptedException {
        if (transfers < 0) {
            throw new IllegalArgumentException("transfers must be 0 or more, got " + transfers);
        }
        Account a = new Account("A", 1, 1_000_000);
        Account b = new Account("B", 2, 1_000_000);
        AtomicLong done = new AtomicLong();
        List<Thread> movers = List.of(
                Thread.ofPlatform().name("transfer-1").unstarted(() -> moveMany(transfer, a, b, transfers, done)),
                Thread.ofPlatform().name("transfer-2").unstarted(() -> moveMany(transfer, b, a, transfers, done)));
        long start = System.nanoTime();
        movers.forEach(Thread::start);
        List<String> cycle = List.of();
        boolean finished = false;
        long doneBefore = 0;
        try {
            long deadline = start + limit.toNanos();
            while (true) {
                if (movers.stream().noneMatch(Thread::isAlive)) {
                    finished = true;
                    doneBefore = done.get();
                    break;
                }
                doneBefore = done.get();
                cycle = cycleAmong(movers, List.of(a, b));
                if (!cycle.isEmpty() || System.nanoTime() > deadline) {
                    break;
                }
                Thread.sleep(10);
            }
        } finally {
            movers.forEach(Thread::interrupt);       // a mover stuck in lockInterruptibly() ends now
            for (Thread mover : movers) {
                mover.join(5_000);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean ended = movers.stream().noneMatch(Thread::isAlive);
        return new Outcome(finished, cycle, doneBefore, done.get(), a.balance() + b.balance(), 2_000_000, seconds, ended,
                a.takenOutOfOrder() + b.takenOutOfOrder(), a.waitedWhileHolding() + b.waitedWhileHolding());
    }

    private static void moveMany(Transfer transfer, Account from, Account to, long transfers, AtomicLong done) {
        try {
            for (long i = 0; i < transfers; i++) {
                transfer.move(from, to);
                done.incrementAndGet();
            }
        } catch (InterruptedException e) {
            // interrupted by the watcher: end
        }
    }

    /**
     * The deadlock cycle among {@code threads}, as the JVM reports it: one line per thread,
     * "T holds L1 and waits for L2, held by U". The JVM knows a ReentrantLock only by its inner
     * synchronizer's class and identity hash (a cycle through a timed wait is left out: it breaks
     * when the wait times out); a thread that holds one lock of {@code accounts}
     * and nothing else gives that synchronizer the account's name.
     */
    public static List<String> cycleAmong(List<Thread> threads, List<Account> accounts) {
        long[] deadlocked = THREADS.findDeadlockedThreads();     // null when none
        if (deadlocked == null) {
            return List.of();
        }
        Set<Long> ours = threads.stream().map(Thread::threadId).collect(Collectors.toSet());
        long[] mine = Arrays.stream(deadlocked).filter(ours::contains).toArray();
        if (mine.length == 0) {
            return List.of();
        }
        ThreadInfo[] infos = THREADS.getThreadInfo(mine, true, true);
        // A thread in a timed wait (tryLock with a timeout) is in the JVM's cycle only for the moment: its wait ends by itself.
        if (Arrays.stream(infos).anyMatch(info -> info == null || info.getThreadState() == Thread.State.TIMED_WAITING)) {
            return List.of();
        }
        Map<Integer, String> lockNames = new HashMap<>();
        for (ThreadInfo info : infos) {
            List<Account> owned = accounts.stream()
                    .filter(acc -> acc.owner() != null && acc.owner().threadId() == info.getThreadId()).toList();
            if (owned.size() == 1 && info.getLockedSynchronizers().length == 1) {
                lockNames.put(info.getLockedSynchronizers()[0].getIdentityHashCode(), "lock " + owned.getFirst().name());
            }
        }
        List<String> lines = new ArrayList<>();
        for (ThreadInfo info : infos) {
            String holds = Arrays.stream(info.getLockedSynchronizers()).map(l -> describe(l, lockNames))
                    .collect(Collectors.joining(", "));
            LockInfo waits = info.getLockInfo();
            lines.add(info.getThreadName() + " (" + info.getThreadState() + ") holds " + (holds.isEmpty() ? "nothing" : holds)
                    + " and waits for " + (waits == null ? "nothing" : describe(waits, lockNames))
                    + ", held by " + info.getLockOwnerName());
        }
        return lines;
    }

    private static String describe(LockInfo lock, Map<Integer, String> names) {
        String simple = lock.getClassName().substring(lock.getClassName().lastIndexOf('.') + 1);
        return names.getOrDefault(lock.getIdentityHashCode(), "a lock") + " [" + simple + "]";
    }
}
