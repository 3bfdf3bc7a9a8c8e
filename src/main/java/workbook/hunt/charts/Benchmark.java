package workbook.hunt.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import workbook.hunt.Hunt;
import workbook.hunt.Mersenne;
import workbook.hunt.Outcome;
import workbook.hunt.Verdict;
import workbook.report.ChartPage;
import workbook.timing.Stopwatch;

/**
 * The hunt's benchmark, every figure measured in one go: one worker against W, the three
 * orders (with their timelines), the shift-and-add reduction against {@code BigInteger.mod},
 * the share trial factoring removes, and the slope of the cost per exponent.
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
        time(runs, seconds, "1 worker, largest first", candidates, Hunt.Order.LARGEST_FIRST, 1);
        for (Hunt.Order order : Hunt.Order.values()) {
            time(runs, seconds, workers + " workers, " + order.label(), candidates, order, workers);
        }
        lines.add(HuntCharts.table("The hunt up to p = " + max + ", each way one run", runs, seconds).print());
        double one = seconds.get("1 worker, largest first");
        double fifo = seconds.get(workers + " workers, " + Hunt.Order.FIFO.label());
        double largest = seconds.get(workers + " workers, " + Hunt.Order.LARGEST_FIRST.label());
        lines.add(String.format(Locale.ROOT, "Speedup of %d workers over 1 (largest first): %.2fx", workers, one / largest));
        lines.add(String.format(Locale.ROOT, "FIFO / largest first: %.2f (above 1: largest first is faster)", fifo / largest));
        lines.add("Idle at the end (last worker done minus the first to run dry): " + runs.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("1 worker"))
                .map(e -> String.format(Locale.ROOT, "%s %.2f s", e.getKey(), idleAtEnd(e.getValue())))
                .collect(Collectors.joining(", ")));
        List<Outcome> single = runs.get("1 worker, largest first");
        long factored = Hunt.count(single, Verdict.FACTORED);
        lines.add(String.format(Locale.ROOT, "Trial factoring removed %d of %d candidates (%.1f %%)",
                factored, single.size(), 100.0 * factored / single.size()));
        lines.add(reduction(single));
        Map<Integer, Double> costs = HuntCharts.costs(single, FIT_FROM);
        if (costs.size() >= 3) {
            HuntCharts.Fit fit = HuntCharts.fit(costs);
            lines.add("Cost per Lucas-Lehmer test (processor time of its thread) from p = " + FIT_FROM + " on, 1 worker: " + fit);
            ChartPage.write(HuntCharts.costChart("Cost per exponent, 1 worker", costs, fit), folder.resolve("cost.html"));
        }
        for (var run : runs.entrySet()) {
            String file = "timeline-" + run.getKey().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT) + ".html";
            ChartPage.write(HuntCharts.timeline(run.getKey() + ": one row per worker, one bar per exponent", run.getValue()),
                    folder.resolve(file));
        }
        lines.add("Charts: " + folder);
        return lines;
    }

    private static void time(Map<String, List<Outcome>> runs, Map<String, Double> seconds, String name,
            List<Integer> candidates, Hunt.Order order, int workers) throws InterruptedException {
        var clock = Stopwatch.start();
        runs.put(name, Hunt.run(candidates, order, workers));
        seconds.put(name, clock.seconds());
    }

    /** The time between the first worker running out of work and the last one finishing. */
    public static double idleAtEnd(List<Outcome> outcomes) {
        Map<String, Long> lastEnd = outcomes.stream()
                .collect(Collectors.toMap(Outcome::worker, Outcome::endNanos, Math::max));
        long end = lastEnd.values().stream().mapToLong(v -> v).max().orElse(0);
        long first = lastEnd.values().stream().mapToLong(v -> v).min().orElse(0);
        return (end - first) / 1e9;
    }

    /** Both reductions on the five largest exponents Lucas-Lehmer tested. */
    public static String reduction(List<Outcome> outcomes) {
        List<Integer> ps = outcomes.stream().filter(o -> o.verdict() != Verdict.FACTORED)
                .map(Outcome::p).sorted((a, b) -> b - a).limit(5).toList();
        double mod = Stopwatch.time(() -> ps.forEach(Mersenne::lucasLehmerWithMod));
        double shifts = Stopwatch.time(() -> ps.forEach(Mersenne::lucasLehmer));
        return String.format(Locale.ROOT, "Reduction mod 2^p - 1 on p = %s: BigInteger.mod %.3f s, shifts and adds %.3f s:"
                + " %.2fx faster (one run)", ps, mod, shifts, mod / shifts);
    }
}
