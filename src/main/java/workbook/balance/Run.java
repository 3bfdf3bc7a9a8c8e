package workbook.balance;

import java.util.Arrays;
import java.util.List;

/**
 * One search: the numbers that passed, the wall-clock time, and how long each worker was busy,
 * in processor (CPU) time: the work it did, whatever else the machine was running meanwhile.
 */
public record Run(String way, int workers, List<Integer> found, double seconds, double[] busySeconds) {
    public Run {
        found = List.copyOf(found);
        busySeconds = busySeconds.clone();
    }

    /** Speedup over a run on one worker that took {@code baselineSeconds}. */
    public double speedup(double baselineSeconds) {
        return baselineSeconds / seconds;
    }

    /** Speedup divided by workers: 1.0 when every worker was busy all the time. */
    public double efficiency(double baselineSeconds) {
        return speedup(baselineSeconds) / workers;
    }

    /**
     * How evenly the work was shared: all work / (workers × the busiest worker's work). 1.0 when
     * every worker did the same; the best efficiency this split allows on otherwise idle cores.
     */
    public double balance() {
        double busiest = busiest();
        return busiest == 0 ? 1 : Arrays.stream(busySeconds).sum() / (workers * busiest);
    }

    public double busiest() {
        return Arrays.stream(busySeconds).max().orElse(0);
    }

    public double idlest() {
        return Arrays.stream(busySeconds).min().orElse(0);
    }

    @Override
    public double[] busySeconds() {
        return busySeconds.clone();
    }
}
