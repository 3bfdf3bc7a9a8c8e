package workbook.shared;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Ending threads for good: how every way (and every other step of the workbook) keeps its
 * promise that no thread it started outlives it, even when the caller is interrupted meanwhile.
 */
public final class Threads {
    private Threads() {}

    /**
     * Starts every thread, in order. When the machine has no thread left to give (the JVM's
     * "unable to create native thread"), the ones already started are stopped and waited for,
     * and a {@link CannotStartException} says how many had started: the run ends cleanly, with
     * one line, instead of leaving threads that wait forever.
     */
    public static void startAll(List<? extends Thread> threads) {
        for (int i = 0; i < threads.size(); i++) {
            try {
                threads.get(i).start();
            } catch (OutOfMemoryError e) {
                stop(threads.subList(0, i));
                throw new CannotStartException(i, threads.size(), e);
            }
        }
    }

    /** A thread could not be started: the machine (or this JVM) had none left to give. */
    public static final class CannotStartException extends IllegalStateException {
        private final int started;

        CannotStartException(int started, int wanted, Throwable cause) {
            super(String.format(Locale.ROOT,
                    "could not start thread %,d of %,d (%s): the %,d already started were stopped",
                    started + 1, wanted, cause.getMessage() == null ? "no memory" : cause.getMessage(), started), cause);
            this.started = started;
        }

        /** How many threads had started (and were stopped again). */
        public int started() {
            return started;
        }
    }

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
