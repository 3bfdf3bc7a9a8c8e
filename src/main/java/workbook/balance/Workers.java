package workbook.balance;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import workbook.shared.Threads;

/**
 * Starts W platform threads, each searching its own share, and waits for all of them: the
 * harness of the ways that hand out the work themselves. Each worker's busy time is its own
 * processor time, measured inside its thread.
 */
final class Workers {
    private Workers() {}

    /** The search a worker does; it may stop early when interrupted. */
    @FunctionalInterface
    interface Share {
        List<Integer> search(int worker) throws InterruptedException;
    }

    static Run run(String way, int workers, Share share) throws InterruptedException {
        if (workers < 1) {
            throw new IllegalArgumentException("need at least 1 worker, got " + workers);
        }
        List<List<Integer>> found = new ArrayList<>(Collections.nCopies(workers, List.of()));
        double[] busy = new double[workers];
        RuntimeException[] failed = new RuntimeException[workers];
        List<Thread> threads = new ArrayList<>(workers);
        long start = System.nanoTime();
        try {
            for (int k = 0; k < workers; k++) {
                int worker = k;
                threads.add(Thread.ofPlatform().name("worker-" + (k + 1)).start(() -> {
                    long begin = cpuNanos();
                    try {
                        found.set(worker, share.search(worker));
                    } catch (InterruptedException e) {
                        // stopped by the caller
                    } catch (RuntimeException e) {
                        failed[worker] = e;
                    } finally {
                        busy[worker] = (cpuNanos() - begin) / 1e9;
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
        } finally {
            Threads.stop(threads);                         // no thread outlives the call, interrupted or not
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (RuntimeException e : failed) {
            if (e != null) {
                throw e;
            }
        }
        List<Integer> all = new ArrayList<>();
        found.forEach(all::addAll);
        Collections.sort(all);
        return new Run(way, workers, all, seconds, busy);
    }

    /**
     * The processor time the calling thread has used so far: its own work only, unlike the wall
     * clock, which also counts the time other programs had the core. Wall time where the JVM cannot tell.
     */
    static long cpuNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
