package workbook.hunt.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import workbook.hunt.FftSquaring;
import workbook.hunt.Hunt;
import workbook.hunt.Mersenne;
import workbook.hunt.Outcome;
import workbook.hunt.Verdict;
import workbook.report.ChartPage;
import workbook.timing.Stopwatch;
import workbook.timing.Timings;

/**
 * The hunt's benchmark, every figure measured in one go: one worker against W, the three
 * orders (each way run {@link #RUNS} times, the median run shown with its timeline), the
 * shift-and-add reduction against {@code BigInteger.mod}, FFT squaring against BigInteger's, the
 * share trial factoring removes, and the slope of the cost per exponent for each squaring.
 */
public final class Benchmark {
    private Benchmark() {}

    /** Exponents from this p on enter the fit: below it a test is too short to time well. */
    public static final int FIT_FROM = 1000;

    public static List<String> run(List<Integer> candidates, int workers, Path folder) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        int max = candidates.getLast();
        Map<String, List<Outcome>> runs = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<List<Outcome>>> repeats = new LinkedHashMap<>();
        for (int round = 0; round < RUNS; round++) {                     // the runs take turns, so a slow spell hits all
            run(repeats, times, "1 worker, largest first", candidates, Hunt.Order.LARGEST_FIRST, 1);
            for (Hunt.Order order : Hunt.Order.values()) {
                run(repeats, times, workers + " workers, " + order.label(), candidates, order, workers);
            }
        }
        List<String> spreads = new ArrayList<>();
        for (String name : times.keySet()) {
            int median = medianRun(times.get(name));
            runs.put(name, repeats.get(name).get(median));                  // the median run, for its timeline
            seconds.put(name, times.get(name).get(median));
            spreads.add(name + " " + new Timings(times.get(name).stream().mapToDouble(t -> t).toArray()));
        }
        lines.add(HuntCharts.table("The hunt up to p = " + max + ", each way the median of " + RUNS + " runs",
                runs, seconds).print());
        lines.add("Runs: " + String.join("; ", spreads));
        List<Double> one = times.get("1 worker, largest first");
        List<Double> fifo = times.get(workers + " workers, " + Hunt.Order.FIFO.label());
        List<Double> largest = times.get(workers + " workers, " + Hunt.Order.LARGEST_FIRST.label());
        lines.add(String.format(Locale.ROOT, "Speedup of %d workers over 1 (largest first): %s", workers, ratio(one, largest)));
        lines.add(String.format(Locale.ROOT, "FIFO / largest first: %s (above 1: largest first is faster)", ratio(fifo, largest)));
        lines.add("Idle at the end (last worker done minus the first to run dry): " + runs.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("1 worker"))
                .map(e -> String.format(Locale.ROOT, "%s %.2f s", e.getKey(), idleAtEnd(e.getValue())))
                .collect(Collectors.joining(", ")));
        List<Outcome> single = runs.get("1 worker, largest first");
        long factored = Hunt.count(single, Verdict.FACTORED);
        lines.add(String.format(Locale.ROOT, "Trial factoring removed %d of %d candidates (%.1f %%)",
                factored, single.size(), 100.0 * factored / single.size()));
        lines.add(reduction(single));
        lines.add(squaring(single));
        Map<String, Map<Integer, Double>> costs = HuntCharts.costsBySquaring(single, FIT_FROM);
        for (String fit : HuntCharts.fits(costs)) {
            lines.add("Cost per Lucas-Lehmer test (processor time of its thread) from p = " + FIT_FROM + " on, 1 worker, " + fit);
        }
        ChartPage.write(HuntCharts.costChart("Cost per exponent, 1 worker", costs), folder.resolve("cost.html"));
        for (var run : runs.entrySet()) {
            String file = "timeline-" + run.getKey().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT) + ".html";
            ChartPage.write(HuntCharts.timeline(run.getKey() + ": one row per worker, one bar per exponent", run.getValue()),
                    folder.resolve(file));
        }
        lines.add("Charts: " + folder);
        return lines;
    }

    /**
     * Each way (1 worker, and each order on W) is run this many times, its median run shown; each
     * comparison of two ways to run the same tests times each way as often, the two taking turns.
     */
    public static final int RUNS = 3;

    /**
     * The ratio a / b of two ways' times (an odd number of rounds), round by round (the two ran minutes apart at most, so a
     * slower spell of the machine weighs on both): {@code 1.95x (median of 3 rounds: 1.90x to 1.98x)}.
     */
    static String ratio(List<Double> a, List<Double> b) {
        double[] ratios = java.util.stream.IntStream.range(0, a.size()).mapToDouble(i -> a.get(i) / b.get(i)).sorted().toArray();
        return String.format(Locale.ROOT, "%.2fx (median of %d rounds: %.2fx to %.2fx)", ratios[ratios.length / 2],
                ratios.length, ratios[0], ratios[ratios.length - 1]);
    }

    /** The index of the median of an odd number of times. */
    static int medianRun(List<Double> times) {
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, times.size()).boxed().toList());
        order.sort(java.util.Comparator.comparing(times::get));
        return order.get(order.size() / 2);
    }

    private static void run(Map<String, List<List<Outcome>>> repeats, Map<String, List<Double>> times, String name,
            List<Integer> candidates, Hunt.Order order, int workers) throws InterruptedException {
        var clock = Stopwatch.start();
        repeats.computeIfAbsent(name, k -> new ArrayList<>()).add(Hunt.run(candidates, order, workers));
        times.computeIfAbsent(name, k -> new ArrayList<>()).add(clock.seconds());
    }

    /** The time between the first worker running out of work and the last one finishing. */
    public static double idleAtEnd(List<Outcome> outcomes) {
        Map<String, Long> lastEnd = outcomes.stream()
                .collect(Collectors.toMap(Outcome::worker, Outcome::endNanos, Math::max));
        long end = lastEnd.values().stream().mapToLong(v -> v).max().orElse(0);
        long first = lastEnd.values().stream().mapToLong(v -> v).min().orElse(0);
        return (end - first) / 1e9;
    }

    /**
     * Both squarings, whole tests, on the five largest exponents Lucas-Lehmer tested that the hunt
     * squares by FFT (and a line saying there is none when the hunt stays below them).
     */
    public static String squaring(List<Outcome> outcomes) {
        List<Integer> ps = outcomes.stream().filter(o -> o.verdict() != Verdict.FACTORED && Hunt.squaresByFft(o.p()))
                .map(Outcome::p).sorted((a, b) -> b - a).limit(5).toList();
        if (ps.isEmpty()) {
            return "Squaring: every exponent of this hunt is squared by BigInteger (the FFT starts at p = 4,000)";
        }
        return "Squaring on p = " + ps + ": " + versus(ps, "BigInteger", Mersenne::lucasLehmer, "FFT", FftSquaring::lucasLehmer);
    }

    /** Both reductions on the five largest exponents Lucas-Lehmer tested. */
    public static String reduction(List<Outcome> outcomes) {
        List<Integer> ps = outcomes.stream().filter(o -> o.verdict() != Verdict.FACTORED)
                .map(Outcome::p).sorted((a, b) -> b - a).limit(5).toList();
        return "Reduction mod 2^p - 1 on p = " + ps + ": "
                + versus(ps, "BigInteger.mod", Mersenne::lucasLehmerWithMod, "shifts and adds", Mersenne::lucasLehmer);
    }

    /**
     * Both ways on the same exponents (largest first), after one untimed run of each on the
     * smallest: {@code A median 0.100 s, B median 0.050 s: 2.00x faster (medians of 3 runs, spreads 4 % and 6 %)}.
     */
    private static String versus(List<Integer> ps, String slowName, java.util.function.IntPredicate slow,
            String fastName, java.util.function.IntPredicate fast) {
        int smallest = ps.getLast();
        slow.test(smallest);                                             // untimed: the JIT compiles both ways first
        fast.test(smallest);
        double[] a = new double[RUNS];
        double[] b = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            a[run] = Stopwatch.time(() -> ps.forEach(slow::test));
            b[run] = Stopwatch.time(() -> ps.forEach(fast::test));
        }
        Timings first = new Timings(a);
        Timings second = new Timings(b);
        return String.format(Locale.ROOT, "%s median %.3f s, %s median %.3f s: %.2fx faster (medians of %d runs, spreads %.0f %% and %.0f %%)",
                slowName, first.median(), fastName, second.median(), first.median() / second.median(), RUNS,
                100 * first.spread(), 100 * second.spread());
    }
}
