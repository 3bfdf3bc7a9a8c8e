package workbook.virtual;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many tasks that only wait: each sleeps one of the guide's seconds. A virtual thread that sleeps
 * gives its carrier thread back to the JVM, so ten thousand of them sleep at once on a few
 * carriers and all wake after about one second. A pool of P platform threads can only have P
 * sleepers asleep at a time: the rest wait their turn in its queue, ceil(sleepers / P) rounds of
 * one second each.
 */
public final class Sleepers {
    private Sleepers() {}

    /** Memory one sleeping virtual thread holds: the thread, its task and its stack, parked on the heap. */
    public static final int BYTES_PER_SLEEPER = 1024;

    /** How a run went: how many sleepers woke, on how many threads at most, in how many seconds. */
    public record Run(String way, int sleepers, int threads, int woke, double seconds) {}

    /** One virtual thread per sleeper, all started at once. */
    public static Run onVirtualThreads(int sleepers, Duration second) throws InterruptedException {
        return run("one virtual thread each", sleepers, sleepers, second, Executors.newVirtualThreadPerTaskExecutor());
    }

    /** A fixed pool of {@code poolSize} platform threads; the sleepers queue for them. */
    public static Run onPlatformPool(int sleepers, int poolSize, Duration second) throws InterruptedException {
        if (poolSize < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 thread, got " + poolSize);
        }
        return run("a pool of platform threads", sleepers, Math.min(poolSize, sleepers), second,
                Executors.newFixedThreadPool(poolSize));
    }

    /** Rounds of one second a pool of {@code poolSize} needs for {@code sleepers}: ceil(sleepers / poolSize). */
    public static long predictedPoolSeconds(int sleepers, int poolSize) {
        return (sleepers + (long) poolSize - 1) / poolSize;
    }

    private static Run run(String way, int sleepers, int threads, Duration second, ExecutorService executor)
            throws InterruptedException {
        if (sleepers < 0) {
            throw new IllegalArgumentException("sleepers must be 0 or more, got " + sleepers);
        }
        AtomicInteger woke = new AtomicInteger();
        long start = System.nanoTime();
        try (executor) {                                     // close() waits until every sleeper has woken
            for (int i = 0; i < sleepers; i++) {
                executor.execute(() -> {
                    try {
                        Thread.sleep(second);
                        woke.incrementAndGet();
                    } catch (InterruptedException e) {
                        // stopped: not counted as woken
                    }
                });
            }
        }                                                    // interrupted while waiting, close() stops them all
        double seconds = (System.nanoTime() - start) / 1e9;
        if (Thread.interrupted()) {
            throw new InterruptedException("stopped after " + woke.get() + " of " + sleepers + " sleepers woke");
        }
        return new Run(way, sleepers, threads, woke.get(), seconds);
    }
}
