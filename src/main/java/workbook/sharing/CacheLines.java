package workbook.sharing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Two threads, each raising its own counter: no counter is shared, so nothing is lost, yet the
 * two counters may sit in one 64-byte cache line. Then every write by one core takes the line
 * away from the other core's cache, and both slow down: false sharing. The counters are two
 * slots of one array, whose layout Java fixes (8 bytes a slot, in order): slots 0 and 1 are 8
 * bytes apart, slots 0 and 16 are 128 bytes apart (past the neighbouring line too, which some
 * processors fetch in pairs).
 */
public final class CacheLines {
    /** Slots between the two counters when padded: 16 longs, 128 bytes. */
    public static final int PADDED = 16;
    /** Slots between the two counters when adjacent: one long, 8 bytes. */
    public static final int ADJACENT = 1;

    private CacheLines() {}

    /**
     * Two platform threads raise slot 0 and slot {@code gap} {@code increments} times each, let go
     * at once; returns the wall-clock seconds. Opaque reads and writes: each one really goes to
     * memory (the JIT may not keep the counter in a register), without fences (no lock, no CAS).
     */
    public static double race(int gap, long increments) throws InterruptedException {
        if (gap < 1 || gap > 1024 || increments < 0) {
            throw new IllegalArgumentException("need a gap of 1 to 1024 slots and 0 or more increments, got " + gap + " and " + increments);
        }
        AtomicLongArray counters = new AtomicLongArray(gap + 1);
        CountDownLatch go = new CountDownLatch(1);
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int slot = t * gap;
            threads[t] = Thread.ofPlatform().name("raiser-" + slot).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (long i = 0; i < increments; i++) {
                    counters.setOpaque(slot, counters.getOpaque(slot) + 1);
                    if ((i & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) {
                        return;
                    }
                }
            });
        }
        long start = System.nanoTime();
        go.countDown();
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            for (Thread thread : threads) {
                thread.interrupt();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            throw e;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (counters.get(0) != increments || counters.get(gap) != increments) {
            throw new IllegalStateException("a counter lost updates: " + counters);
        }
        return seconds;
    }

    /**
     * What Linux says about this machine's CPUs 0 and 1: whether they are two threads of one core
     * (then they share one L1 cache and false sharing hardly shows) and the cache line size.
     * A virtual machine reports what its hypervisor tells it.
     */
    public static String topology() {
        try {
            var dir = java.nio.file.Path.of("/sys/devices/system/cpu");
            String siblings = java.nio.file.Files.readString(dir.resolve("cpu0/topology/thread_siblings_list")).strip();
            String line = java.nio.file.Files.readString(dir.resolve("cpu0/cache/index0/coherency_line_size")).strip();
            String l1Shared = java.nio.file.Files.readString(dir.resolve("cpu0/cache/index0/shared_cpu_list")).strip();
            return "CPU 0's hardware threads: " + siblings + (siblings.contains("1") ? " (CPU 1 is its twin: one core, one L1)"
                    : " (no twin: CPU 1 is another core)") + "; its L1 data cache is shared by CPUs " + l1Shared
                    + "; cache line " + line + " bytes.";
        } catch (java.io.IOException | RuntimeException e) {
            return "This system does not tell its CPU topology in /sys (not Linux?): see lscpu or your system's tools.";
        }
    }
}
