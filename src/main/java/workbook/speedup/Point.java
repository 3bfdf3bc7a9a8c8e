package workbook.speedup;

/** One measurement of the curve: {@code workers} workers took {@code seconds}, {@code speedup} times faster than one. */
public record Point(int workers, double seconds, double speedup) {
    /** Speedup per worker: 1.0 when every worker pulls its full weight. */
    public double efficiency() {
        return speedup / workers;
    }
}
