package workbook.ways;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one run of "a thread per number" spent where: how long the starting loop took (the main
 * thread starts every thread itself, one after the other), when the last thread had ended, and
 * how many threads were ever inside their task at the same moment. Notebook 03 measures it with
 * the loop written out in the cell; this record only keeps and words the figures.
 */
public record StartLoop(String kind, int threads, double startSeconds, double totalSeconds, int mostAtOnce) {

    /** Counts the threads inside their task, and the most there ever were at once. */
    public static final class Running {
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();

        public void run(Runnable task) {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                task.run();
            } finally {
                now.decrementAndGet();
            }
        }

        public int most() {
            return most.get();
        }
    }

    /** Two lines for the reader, the second against the plain loop's time for the same numbers. */
    public String describe(double loopSeconds) {
        return String.format(Locale.ROOT, "%s: %,d started in %.2f s (%.1f us per start, all on the main thread);"
                        + " the last ended at %.2f s.%n  At most %d of them were inside their task at the same moment."
                        + " The plain loop checked the same numbers in %.2f s.",
                kind, threads, startSeconds, startSeconds / threads * 1e6, totalSeconds, mostAtOnce, loopSeconds);
    }
}
