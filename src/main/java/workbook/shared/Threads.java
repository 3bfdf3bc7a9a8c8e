package workbook.shared;

import java.util.Collection;

/**
 * Ending threads for good: how every way (and every other step of the workbook) keeps its
 * promise that no thread it started outlives it, even when the caller is interrupted meanwhile.
 */
public final class Threads {
    private Threads() {}

    /** Interrupts each thread, then waits until every one has ended. */
    public static void stop(Collection<? extends Thread> threads) {
        threads.forEach(Thread::interrupt);
        awaitEnd(threads);
    }

    /**
     * Waits until every thread has ended. An interrupt meanwhile does not cut the wait short (the
     * threads would outlive the caller); it is kept and set again on the calling thread at the end.
     */
    public static void awaitEnd(Collection<? extends Thread> threads) {
        boolean interrupted = Thread.interrupted();
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
