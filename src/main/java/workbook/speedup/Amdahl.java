package workbook.speedup;

import java.util.List;

/**
 * Amdahl's law: if a fraction s of a job cannot be shared out, p workers finish it at best in
 * s + (1 - s) / p of the time, so speedup(p) = 1 / (s + (1 - s) / p), never above 1 / s.
 * Threads beyond the cores only take turns, so here p counts at most {@code cores} workers.
 *
 * @param serialFraction s, between 0 and 1
 * @param cores          how many workers can really run at once
 */
public record Amdahl(double serialFraction, int cores) {
    public Amdahl {
        if (serialFraction < 0 || serialFraction > 1 || cores < 1) {
            throw new IllegalArgumentException("need 0 <= s <= 1 and at least 1 core, got s = "
                    + serialFraction + " and " + cores + " cores");
        }
    }

    /** The speedup the law predicts for {@code workers} workers. */
    public double speedup(int workers) {
        int p = Math.min(workers, cores);
        return 1 / (serialFraction + (1 - serialFraction) / p);
    }

    /** The most any number of cores could give: 1 / s (infinite when s is 0). */
    public double limit() {
        return 1 / serialFraction;
    }

    /**
     * The serial fraction that fits the measured points best: least squares on the speedups
     * themselves, sum of (measured - predicted)², minimised over s in [0, 1] (a scan of the whole
     * interval, then a golden-section search around the best point).
     */
    public static Amdahl fit(List<Point> points, int cores) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("need at least one measured point to fit");
        }
        int steps = 1000;
        double best = 0;
        double bestError = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= steps; i++) {
            double s = (double) i / steps;
            double error = squaredError(points, s, cores);
            if (error < bestError) {
                bestError = error;
                best = s;
            }
        }
        double low = Math.max(0, best - 1.0 / steps);
        double high = Math.min(1, best + 1.0 / steps);
        double ratio = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 60; i++) {
            double a = high - ratio * (high - low);
            double b = low + ratio * (high - low);
            if (squaredError(points, a, cores) <= squaredError(points, b, cores)) {
                high = b;
            } else {
                low = a;
            }
        }
        double s = (low + high) / 2;
        return new Amdahl(squaredError(points, s, cores) <= bestError ? s : best, cores);
    }

    /** Sum of (measured - predicted)² over the points, for serial fraction {@code s}. */
    public static double squaredError(List<Point> points, double s, int cores) {
        Amdahl law = new Amdahl(s, cores);
        double sum = 0;
        for (Point point : points) {
            double miss = point.speedup() - law.speedup(point.workers());
            sum += miss * miss;
        }
        return sum;
    }

    /**
     * What a fit on one run can say, in lines for the reader: the serial fraction, how many points
     * carried information (the pool of one has speedup 1 whatever s is; beyond the cores every pool
     * is predicted the speedup of {@code cores} workers), what s holds, and that it describes this
     * run, not another machine or another N.
     */
    public static List<String> explain(Amdahl law, List<Point> points) {
        int cores = law.cores();
        long informative = points.stream().filter(p -> p.workers() > 1).count();
        long distinct = points.stream().filter(p -> p.workers() > 1).mapToInt(p -> Math.min(p.workers(), cores)).distinct().count();
        double worst = points.stream().mapToDouble(p -> p.timings().spread()).max().orElse(0);
        int runs = points.stream().mapToInt(p -> p.timings().runs()).min().orElse(1);
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(java.util.Locale.ROOT,
                "Fitted on this run: s = %.3f, from %d measured points (pools of 2 to %d; the pool of one is the"
                + " reference), each %s.", law.serialFraction(), informative,
                points.stream().mapToInt(Point::workers).max().orElse(1), runs == 1 ? "from one run" : "the median of " + runs + " runs"));
        lines.add(distinct == 1
                ? String.format(java.util.Locale.ROOT, "With %d cores the law counts at most %d workers, so it predicts one"
                        + " and the same speedup for all these pools: s is, in effect, set by the average of their speedups.",
                        cores, cores)
                : "The law predicts a different speedup for each pool up to the cores: s is the compromise that fits them best.");
        lines.add("It holds whatever this run did not share out: the pool's hand-off of every number (queue, future,"
                + " result), starting and stopping the threads, the last task's wait, and the noise of other programs.");
        lines.add(String.format(java.util.Locale.ROOT,
                "So it describes this run, not a prediction for other machines or N (the runs of one pool spread up to %.0f %%).",
                100 * worst));
        lines.add(law.serialFraction() > 0
                ? String.format(java.util.Locale.ROOT, "Read as a what-if: were s the same on more cores, no number of them"
                        + " would give more than 1 / s = %.1fx.", law.limit())
                : "s = 0: nothing serial showed in this run; only the cores limited it.");
        return lines;
    }
}
