package workbook.lock;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import workbook.shared.Threads;

/**
 * One thread spins on a {@link StopFlag}; after a head start (time for the JIT to compile the
 * loop) this thread calls {@code stop()} and waits to see whether the spinner notices. The spinner
 * ends by itself at its deadline, {@code patience} after the call, so a trial never hangs.
 */
public final class StopFlagTrial {
    private StopFlagTrial() {}

    /** What a trial saw: whether the loop ended before its deadline, and how long after stop(). */
    public record Outcome(String flag, boolean sawStop, double headStartSeconds, double secondsAfterStop, long spins) {
        @Override
        public String toString() {
            return sawStop
                    ? String.format(Locale.ROOT, "%s: stop() after %.1f s; the loop saw it %.4f s later (%,d times round).",
                            flag, headStartSeconds, secondsAfterStop, spins)
                    : String.format(Locale.ROOT, "%s: stop() after %.1f s; the loop never saw it and ran on to its deadline,"
                            + " %.1f s later (%,d times round).", flag, headStartSeconds, secondsAfterStop, spins);
        }
    }

    /** A trial with the lesson's times: a head start of 1 s, then 2 s of patience. */
    public static Outcome tryToStop(StopFlag flag) throws InterruptedException {
        return tryToStop(flag, Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    public static Outcome tryToStop(StopFlag flag, Duration headStart, Duration patience) throws InterruptedException {
        long begin = System.nanoTime();
        long deadline = begin + headStart.toNanos() + patience.toNanos();
        long[] spins = new long[1];
        long[] end = new long[1];
        Thread spinner = Thread.ofPlatform().name("spinner").daemon(true).start(() -> {
            spins[0] = flag.spinUntilStopped(deadline);
            end[0] = System.nanoTime();
        });
        try {
            Thread.sleep(headStart);
            long stop = System.nanoTime();
            flag.stop();
            spinner.join();              // ends by the deadline at the latest; join makes its writes visible here
            boolean saw = end[0] < deadline;
            return new Outcome(flag.name(), saw, (stop - begin) / 1e9, (end[0] - stop) / 1e9, spins[0]);
        } finally {
            flag.stop();
            Threads.awaitEnd(List.of(spinner));   // at most until the deadline
        }
    }
}
