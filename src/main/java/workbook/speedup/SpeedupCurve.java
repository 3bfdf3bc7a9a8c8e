package workbook.speedup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import workbook.perfect.PerfectNumbers;
import workbook.timing.Timings;
import workbook.ways.FixedPool;

/**
 * The same search with a pool of 1, 2, ... workers: how the time falls as workers are added,
 * against the ideal (p workers, p times faster) and against Amdahl's law fitted to the points.
 */
public final class SpeedupCurve {
    private SpeedupCurve() {}

    /** Twice the cores: enough to see the curve flatten once every core is busy. */
    public static int defaultMaxWorkers() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /**
     * Times {@code new FixedPool(p)} mapping the guide's perfect test over 1 .. limit-1, for p = 1 ..
     * maxWorkers; {@code measured} hears each point as soon as it is measured. Speedups are over the pool of one.
     */
    public static List<Point> measure(int limit, int maxWorkers, Consumer<Point> measured) throws InterruptedException {
        return measure(limit, maxWorkers, 1, measured);
    }

    /**
     * As {@link #measure(int, int, Consumer)}, each pool timed {@code runs} times: a point's
     * seconds are the median of its runs, its speedup the pool of one's median over its own.
     */
    public static List<Point> measure(int limit, int maxWorkers, int runs, Consumer<Point> measured)
            throws InterruptedException {
        if (maxWorkers < 1) {
            throw new IllegalArgumentException("need at least 1 worker, got " + maxWorkers);
        }
        List<Integer> numbers = java.util.stream.IntStream.range(1, Math.max(1, limit)).boxed().toList();
        List<List<Boolean>> expected = new ArrayList<>();
        new FixedPool(1).map(numbers.subList(0, Math.min(numbers.size(), 5_000)), PerfectNumbers::isPerfect);   // JIT warm-up, unmeasured
        List<Point> points = new ArrayList<>();
        double one = 0;
        for (int p = 1; p <= maxWorkers; p++) {
            int workers = p;
            Timings timings = Timings.of(Math.max(1, runs), () -> {
                List<Boolean> perfect = new FixedPool(workers).map(numbers, PerfectNumbers::isPerfect);
                if (expected.isEmpty()) {
                    expected.add(perfect);
                } else if (!perfect.equals(expected.getFirst())) {
                    throw new IllegalStateException("a pool of " + workers + " found other numbers than a pool of 1");
                }
            });
            if (p == 1) {
                one = timings.median();
            }
            Point point = new Point(p, timings.median(), one / timings.median(), timings);
            points.add(point);
            measured.accept(point);
        }
        return points;
    }

    /** Workers, seconds, measured speedup, ideal speedup, Amdahl's speedup, efficiency %. */
    public static Table table(String title, List<Point> points, Amdahl law) {
        IntColumn workers = IntColumn.create("workers");
        DoubleColumn seconds = DoubleColumn.create("seconds");
        DoubleColumn measured = DoubleColumn.create("measured");
        DoubleColumn ideal = DoubleColumn.create("ideal");
        DoubleColumn amdahl = DoubleColumn.create("Amdahl fit");
        DoubleColumn efficiency = DoubleColumn.create("efficiency %");
        for (Point point : points) {
            workers.append(point.workers());
            seconds.append(point.seconds());
            measured.append(point.speedup());
            ideal.append(point.workers());
            amdahl.append(law.speedup(point.workers()));
            efficiency.append(100 * point.efficiency());
        }
        seconds.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        measured.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        ideal.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(0));
        amdahl.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        efficiency.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1));
        return Table.create(title, workers, seconds, measured, ideal, amdahl, efficiency);
    }

    /** Warnings for the reader when the points show that other programs disturbed the run; empty otherwise. */
    public static List<String> warnings(List<Point> points, int cores) {
        List<String> warnings = new ArrayList<>();
        for (Point point : points) {
            if (point.timings().runs() > 1 && point.timings().spread() > 0.25) {
                warnings.add(String.format(java.util.Locale.ROOT, "The runs of the pool of %d spread over %.0f %% of their median:"
                        + " other programs took the cores during them. That point, and the fit, tell more about the"
                        + " machine's load than about the pool: run it again on a quiet machine.", point.workers(),
                        100 * point.timings().spread()));
            }
        }
        if (!warnings.isEmpty()) {
            return warnings;
        }
        if (points.stream().anyMatch(point -> point.speedup() > 1.05 * cores)) {
            return List.of("A speedup above the number of cores means the one-worker runs were slowed by other"
                    + " programs: run it again on a quiet machine.");
        }
        if (cores > 1 && points.stream().allMatch(point -> point.speedup() < 0.75 * cores)) {
            return List.of(String.format(java.util.Locale.ROOT, "No pool reached %.1fx, three quarters of the cores:"
                    + " other programs probably shared the cores (a large s then measures them, not this program).", 0.75 * cores));
        }
        return List.of();
    }
}
