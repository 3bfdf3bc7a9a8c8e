package workbook.algorithm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import tech.tablesaw.plotly.components.Figure;
import workbook.perfect.GuideFigures;
import workbook.report.Charts;

/**
 * Every algorithm at the guide's N, then at larger N. A way whose predicted time at the next N
 * (from its own last measurement and how its cost grows) is over the budget is skipped, and its
 * estimate kept and marked as such: the guide's loop would need hours at 10^7.
 */
public final class AlgorithmsVsCores {
    private AlgorithmsVsCores() {}

    /** A time at one N: measured here, or estimated for a way that was skipped. */
    public record Timing(String way, int n, double seconds, boolean measured) {}

    /** Memory the sieves take per number: sigma(n) as a long, the smallest prime's power as an int, the primes. */
    public static final int SIEVE_BYTES_PER_NUMBER = 16;

    /** The short run that tells how fast the guide's loop is on this machine, before the real ones. */
    public static final int CALIBRATION_N = 5_000;

    /**
     * Seconds the guide's loop would take below {@code n} on this machine, predicted (N^2) from
     * the best of a few short runs below {@value #CALIBRATION_N}: a tenth of a second or less.
     */
    public static double predictGuideLoop(int n) throws InterruptedException {
        Algorithm loop = Algorithm.guideLoop();
        double best = Double.POSITIVE_INFINITY;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            loop.search().perfectBelow(CALIBRATION_N);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return loop.predict(best, CALIBRATION_N, n);
    }

    /** Fast runs are repeated, the best kept: the first run of a few milliseconds is mostly JIT compiling. */
    public static final double REPEAT_BELOW_SECONDS = 0.5;
    public static final int MAX_RUNS = 5;

    /**
     * Runs every algorithm at {@code guideN}, then at each of {@code largerNs} within
     * {@code budgetSeconds}; {@code notes} hears what runs and what is skipped, and why.
     */
    public static List<Timing> run(List<Algorithm> algorithms, int guideN, List<Integer> largerNs,
                                   double budgetSeconds, Consumer<String> notes) throws InterruptedException {
        List<Timing> timings = new ArrayList<>();
        Map<String, Timing> last = new HashMap<>();
        List<Integer> sizes = new ArrayList<>();
        sizes.add(guideN);
        sizes.addAll(largerNs);
        for (int n : sizes) {
            List<Integer> expected = null;
            String expectedFrom = null;
            for (Algorithm algorithm : algorithms) {
                Timing before = last.get(algorithm.name());
                if (n != guideN && before != null) {
                    double estimate = algorithm.predict(before.seconds(), before.n(), n);
                    if (estimate > budgetSeconds) {
                        notes.accept(String.format(Locale.ROOT,
                                "skipped: %s at N = %,d would take about %s (%s from %.3f s at N = %,d), over the budget of %s",
                                algorithm.name(), n, duration(estimate), algorithm.growthName(),
                                before.seconds(), before.n(), duration(budgetSeconds)));
                        timings.add(new Timing(algorithm.name(), n, estimate, false));
                        last.put(algorithm.name(), new Timing(algorithm.name(), n, estimate, false));
                        continue;
                    }
                }
                notes.accept(String.format(Locale.ROOT, "running: %s at N = %,d", algorithm.name(), n));
                List<Integer> found = null;
                double best = Double.POSITIVE_INFINITY;
                double total = 0;
                for (int run = 0; run < MAX_RUNS && (run == 0 || total < REPEAT_BELOW_SECONDS); run++) {
                    long start = System.nanoTime();
                    found = algorithm.search().perfectBelow(n);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    best = Math.min(best, seconds);
                    total += seconds;
                }
                if (expected == null) {
                    expected = found;
                    expectedFrom = algorithm.name();
                } else if (!found.equals(expected)) {
                    throw new IllegalStateException(algorithm.name() + " found " + found + " below " + n
                            + ", but " + expectedFrom + " found " + expected);
                }
                Timing timing = new Timing(algorithm.name(), n, best, true);
                timings.add(timing);
                last.put(algorithm.name(), timing);
            }
            if (expected != null) {
                notes.accept(String.format(Locale.ROOT, "perfect numbers below %,d: %s", n, expected));
            }
        }
        return timings;
    }

    /**
     * Way, N, seconds, how many times faster than the guide's loop at the same N (measured or
     * estimated), and, at the guide's N, than the guide's Python loop; the guide's figure last, as a reference.
     */
    public static Table table(String title, List<Timing> timings, String loopName) {
        StringColumn way = StringColumn.create("way");
        IntColumn n = IntColumn.create("N");
        DoubleColumn seconds = DoubleColumn.create("seconds");
        StringColumn kind = StringColumn.create("figure");
        DoubleColumn vsLoop = DoubleColumn.create("x faster than the loop");
        DoubleColumn vsPython = DoubleColumn.create("x faster than the guide's Python");
        for (Timing t : timings) {
            way.append(t.way());
            n.append(t.n());
            seconds.append(t.seconds());
            kind.append(t.measured() ? "measured here" : "estimated, not run");
            Timing loop = timings.stream().filter(o -> o.way().equals(loopName) && o.n() == t.n()).findFirst().orElse(null);
            if (loop == null) {
                vsLoop.appendMissing();
            } else {
                vsLoop.append(loop.seconds() / t.seconds());
            }
            if (t.n() == GuideFigures.N) {
                vsPython.append(GuideFigures.PYTHON_LOOP_SECONDS / t.seconds());
            } else {
                vsPython.appendMissing();
            }
        }
        way.append("guide's loop in Python (the guide's figure)");
        n.append(GuideFigures.N);
        seconds.append(GuideFigures.PYTHON_LOOP_SECONDS);
        kind.append("the guide's figure");
        vsLoop.appendMissing();
        vsPython.append(1);
        seconds.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(4));
        vsLoop.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1));
        vsPython.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1));
        n.setPrintFormatter(NumberColumnFormatter.intsWithGrouping());
        return Table.create(title, way, n, seconds, kind, vsLoop, vsPython);
    }

    /**
     * The log-scale chart of a {@link #table}: one bar per way and N, coloured by what the figure
     * is (measured here, estimated, the guide's), the guide's Python figure among them.
     */
    public static Figure chart(Table table) {
        StringColumn bar = StringColumn.create("bar");
        for (int row = 0; row < table.rowCount(); row++) {
            bar.append(String.format(Locale.ROOT, "%s, N = %,d", table.stringColumn("way").get(row), table.intColumn("N").getInt(row)));
        }
        Table bars = Table.create(table.name(), bar, table.doubleColumn("seconds"), table.stringColumn("figure"));
        return Charts.logBars(bars, "bar", "seconds", "figure");
    }

    /** "2.3 s", "22 min", "36 h": an estimate in the unit a reader grasps. */
    public static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        if (seconds < 2 * 3600) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 2 * 86400) {
            return String.format(Locale.ROOT, "%.0f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.0f days", seconds / 86400);
    }
}
