package workbook.modern;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a {@code ThreadLocal} used as a per-thread cache costs: every thread that reads it makes
 * its own copy. A pool of a few platform threads runs a million tasks with a few copies; a million
 * virtual threads, one per task, make a million copies, and each is garbage when its thread ends.
 */
public final class ThreadLocalCost {
    private ThreadLocalCost() {}

    /** Most tasks a run may start: a million virtual threads fit in memory, they are not OS threads. */
    public static final int MAX_TASKS = 1_000_000;

    /** One run: how many tasks, on which threads, how many copies they made, bytes allocated, seconds. */
    public record Run(String way, int tasks, long copies, long bytesAllocated, double seconds) {}

    /** Each task reads a per-thread buffer of {@code bytes} bytes from a ThreadLocal, on one virtual thread each. */
    public static Run onVirtualThreads(int tasks, int bytes) throws InterruptedException {
        return run("one virtual thread per task", tasks, bytes, Executors.newVirtualThreadPerTaskExecutor());
    }

    /** The same tasks on a fixed pool of {@code workers} platform threads. */
    public static Run onPool(int tasks, int bytes, int workers) throws InterruptedException {
        return run("a pool of " + workers + " platform threads", tasks, bytes, Executors.newFixedThreadPool(workers));
    }

    private static Run run(String way, int tasks, int bytes, ExecutorService executor) throws InterruptedException {
        if (tasks < 1 || tasks > MAX_TASKS) {
            throw new IllegalArgumentException("tasks must be 1 .. " + MAX_TASKS + ", got " + tasks);
        }
        AtomicLong copies = new AtomicLong();
        AtomicLong checksum = new AtomicLong();
        ThreadLocal<byte[]> buffer = ThreadLocal.withInitial(() -> {
            copies.incrementAndGet();
            return new byte[bytes];
        });
        long allocatedBefore = allocated();
        long start = System.nanoTime();
        try (executor) {
            for (int i = 0; i < tasks; i++) {
                int task = i;
                executor.execute(() -> {
                    byte[] mine = buffer.get();              // a new copy the first time a thread asks
                    mine[task % mine.length]++;
                    checksum.addAndGet(mine.length);
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (Thread.interrupted()) {
            throw new InterruptedException("stopped: the executor's close() cancelled the tasks");
        }
        return new Run(way, tasks, copies.get(), allocated() - allocatedBefore, seconds);
    }

    /** Bytes allocated by every thread of this JVM so far (virtual threads count on their carriers). */
    public static long allocated() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getTotalThreadAllocatedBytes();
    }
}
