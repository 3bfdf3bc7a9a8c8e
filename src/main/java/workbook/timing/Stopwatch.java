package workbook.timing;

import java.util.Locale;

/** Wall-clock time of a run, like the guide's {@code tic = time.time()} ... {@code toc}. */
public final class Stopwatch {
    private final long startNanos;

    private Stopwatch(long startNanos) {
        this.startNanos = startNanos;
    }

    public static Stopwatch start() {
        return new Stopwatch(System.nanoTime());
    }

    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The guide's last line: {@code Done in 1.0090 seconds}. */
    public String doneLine() {
        return String.format(Locale.ROOT, "Done in %.4f seconds", seconds());
    }

    /** Runs {@code work} and returns how long it took. */
    public static <E extends Exception> double time(Work<E> work) throws E {
        Stopwatch clock = start();
        work.run();
        return clock.seconds();
    }

    /** A piece of work to time; it may throw. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }
}
