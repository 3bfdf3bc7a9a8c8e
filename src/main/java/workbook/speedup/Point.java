package workbook.speedup;

import workbook.timing.Timings;

/**
 * One measurement of the curve: {@code workers} workers took {@code seconds} (the median of
 * {@code timings}), {@code speedup} times faster than one.
 */
public record Point(int workers, double seconds, double speedup, Timings timings) {
    /** A point from one run. */
    public Point(int workers, double seconds, double speedup) {
        this(workers, seconds, speedup, new Timings(new double[] {seconds}));
    }

    /** Speedup per worker: 1.0 when every worker pulls its full weight. */
    public double efficiency() {
        return speedup / workers;
    }
}
