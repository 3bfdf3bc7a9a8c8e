package workbook.sleepy;

import java.io.PrintStream;
import java.time.Duration;

/**
 * The guide's sleepy function. One of its "seconds" lasts {@code second} (one real second by
 * default), so tests and impatient readers can run every step fast.
 */
public final class SleepyMan {
    private final Duration second;
    private final PrintStream out;

    public SleepyMan(Duration second, PrintStream out) {
        if (second.isNegative() || second.isZero()) {
            throw new IllegalArgumentException("one second must last more than 0 ms, got " + second.toMillis() + " ms");
        }
        this.second = second;
        this.out = out;
    }

    public SleepyMan(Duration second) {
        this(second, System.out);
    }

    public Duration second() {
        return second;
    }

    /** Sleeps one second. Interrupted, it stops sleeping and keeps the thread's interrupt flag. */
    public void sleepyMan() {
        out.println("Starting to sleep");
        if (sleep(1)) {
            out.println("Done sleeping");
        }
    }

    /** Sleeps the given number of seconds and returns it, so a pool's map has a result to collect. */
    public int sleepyMan(int seconds) throws InterruptedException {
        out.println("Starting to sleep for " + seconds + " seconds");
        Thread.sleep(second.multipliedBy(seconds));
        out.println("Done sleeping for " + seconds + " seconds");
        return seconds;
    }

    /** Sleeps {@code seconds} of our seconds, with the guide's lines but no number in them. */
    public void sleepyManFor(int seconds) {
        out.println("Starting to sleep");
        if (sleep(seconds)) {
            out.println("Done sleeping");
        }
    }

    private boolean sleep(int seconds) {
        try {
            Thread.sleep(second.multipliedBy(seconds));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
