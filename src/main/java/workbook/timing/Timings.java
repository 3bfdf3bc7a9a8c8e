package workbook.timing;

import java.util.Arrays;
import java.util.Locale;

/**
 * The same work timed several times: one run can be unlucky (another program, the JIT, the
 * garbage collector), so a lesson that rests on a time reads the median and the spread.
 */
public record Timings(double[] seconds) {
    public Timings {
        if (seconds.length == 0) {
            throw new IllegalArgumentException("need at least one run");
        }
        seconds = seconds.clone();
    }

    /** Runs {@code work} {@code runs} times, one after the other, and keeps each wall-clock time. */
    public static <E extends Exception> Timings of(int runs, Stopwatch.Work<E> work) throws E {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = Stopwatch.time(work);
        }
        return new Timings(times);
    }

    public int runs() {
        return seconds.length;
    }

    public double median() {
        double[] sorted = sorted();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public double min() {
        return sorted()[0];
    }

    public double max() {
        return sorted()[seconds.length - 1];
    }

    /** Largest minus smallest, as a share of the median: 0.05 means the runs lay within 5 %. */
    public double spread() {
        return (max() - min()) / median();
    }

    /** {@code median 4.512 s (4.480 to 4.611 s over 3 runs)}, or {@code 4.512 s (one run)}. */
    @Override
    public String toString() {
        if (seconds.length == 1) {
            return String.format(Locale.ROOT, "%.3f s (one run)", seconds[0]);
        }
        return String.format(Locale.ROOT, "median %.3f s (%.3f to %.3f s over %d runs)", median(), min(), max(), runs());
    }

    private double[] sorted() {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
