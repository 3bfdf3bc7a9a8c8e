package workbook.hunt.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.TickSettings;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;
import workbook.hunt.Hunt;
import workbook.hunt.Outcome;
import workbook.hunt.Verdict;

/** The hunt's tables and charts (tablesaw; the hunt itself, in {@code workbook.hunt}, needs none). */
public final class HuntCharts {
    private HuntCharts() {}

    /** One row per run: candidates, removed by trial factoring, tested by Lucas-Lehmer, found, seconds. */
    public static Table table(String title, Map<String, List<Outcome>> runs, Map<String, Double> seconds) {
        StringColumn way = StringColumn.create("run");
        IntColumn candidates = IntColumn.create("candidates");
        IntColumn removed = IntColumn.create("removed by trial factoring");
        IntColumn tested = IntColumn.create("tested by Lucas-Lehmer");
        IntColumn found = IntColumn.create("found");
        DoubleColumn time = DoubleColumn.create("seconds");
        runs.forEach((name, outcomes) -> {
            way.append(name);
            candidates.append(outcomes.size());
            removed.append((int) Hunt.count(outcomes, Verdict.FACTORED));
            tested.append(outcomes.size() - (int) Hunt.count(outcomes, Verdict.FACTORED));
            found.append((int) Hunt.count(outcomes, Verdict.PRIME));
            time.append(Math.round(seconds.get(name) * 1000) / 1000.0);
        });
        return Table.create(title, way, candidates, removed, tested, found, time);
    }

    /**
     * A run as a timeline: one row per worker, one bar per exponent (exponents too short to see
     * are drawn together), the largest exponents labelled. The gap at the end of a row is a worker idle.
     */
    public static Figure timeline(String title, List<Outcome> outcomes) {
        Map<String, List<Outcome>> byWorker = new TreeMap<>();
        outcomes.forEach(o -> byWorker.computeIfAbsent(o.worker(), w -> new ArrayList<>()).add(o));
        long end = outcomes.stream().mapToLong(Outcome::endNanos).max().orElse(1);
        long tiny = end / 300;                                       // bars shorter than this merge
        List<Trace> traces = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        int row = 0;
        for (var worker : byWorker.values()) {
            worker.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
            rows.add("worker " + (row + 1));
            int bar = 0;
            for (int i = 0; i < worker.size(); ) {
                Outcome first = worker.get(i);
                long from = first.startNanos();
                long to = first.endNanos();
                int last = first.p();
                int j = i + 1;
                while (to - from < tiny && j < worker.size() && worker.get(j).endNanos() - worker.get(j).startNanos() < tiny) {
                    to = worker.get(j).endNanos();
                    last = worker.get(j).p();
                    j++;
                }
                String label = j - i == 1 ? "p = " + first.p() : "p = " + first.p() + " to " + last + " (" + (j - i) + ")";
                traces.add(ScatterTrace.builder(new double[] {from / 1e9, to / 1e9}, new double[] {row, row})
                        .mode(ScatterTrace.Mode.LINE)
                        .line(Line.builder().width(26).color(bar % 2 == 0 ? "#1f77b4" : "#9ecae1").build())
                        .text(new String[] {label, label})
                        .showLegend(false)
                        .name(label)
                        .build());
                bar++;
                i = j;
            }
            row++;
        }
        Layout layout = Layout.builder(title)
                .xAxis(Axis.builder().title("seconds from the start").build())
                .yAxis(Axis.builder().autoRange(Axis.AutoRange.REVERSED).showZeroLine(false)
                        .tickSettings(TickSettings.builder().tickMode(TickSettings.TickMode.ARRAY)
                                .arrayTicks(IntStream.range(0, rows.size()).asDoubleStream().toArray(),
                                        rows.toArray(String[]::new)).build())
                        .build())
                .height(Math.max(250, 70 * rows.size() + 150))
                .showLegend(false)
                .build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }

    /** A least-squares line through (log x, log y): {@code y = e^intercept x^slope}. */
    public record Fit(double slope, double intercept, int points) {
        public double at(double x) {
            return Math.exp(intercept) * Math.pow(x, slope);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "cost ~ p^%.2f (least squares on log-log, %d exponents)", slope, points);
        }
    }

    public static Fit fit(double[] x, double[] y) {
        int n = x.length;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            double lx = Math.log(x[i]);
            double ly = Math.log(y[i]);
            sx += lx;
            sy += ly;
            sxx += lx * lx;
            sxy += lx * ly;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new Fit(slope, (sy - slope * sx) / n, n);
    }

    /** The cost of each exponent Lucas-Lehmer tested, from {@code minP} on, as (p, processor seconds of its thread). */
    public static Map<Integer, Double> costs(List<Outcome> outcomes, int minP) {
        Map<Integer, Double> costs = new LinkedHashMap<>();
        outcomes.stream().filter(o -> o.verdict() != Verdict.FACTORED && o.p() >= minP)
                .forEach(o -> costs.put(o.p(), o.cpuSeconds()));
        return costs;
    }

    /** The names of the two series of {@link #costsBySquaring}. */
    public static final String BIG_INTEGER = "BigInteger squaring";
    public static final String FFT = "FFT squaring";

    /** The same costs in two series, by the squaring each test used: BigInteger's, then the FFT's (see {@link Hunt#squaresByFft}). */
    public static Map<String, Map<Integer, Double>> costsBySquaring(List<Outcome> outcomes, int minP) {
        Map<String, Map<Integer, Double>> series = new LinkedHashMap<>();
        series.put(BIG_INTEGER, new LinkedHashMap<>());
        series.put(FFT, new LinkedHashMap<>());
        costs(outcomes, minP).forEach((p, seconds) -> series.get(Hunt.squaresByFft(p) ? FFT : BIG_INTEGER).put(p, seconds));
        return series;
    }

    /** The fit of each series with at least 3 points, one line each: {@code BigInteger squaring: cost ~ p^2.71 (...)}. */
    public static List<String> fits(Map<String, Map<Integer, Double>> series) {
        return series.entrySet().stream().filter(e -> e.getValue().size() >= 3)
                .map(e -> e.getKey() + ": " + fit(e.getValue())).toList();
    }

    public static Fit fit(Map<Integer, Double> costs) {
        return fit(costs.keySet().stream().mapToDouble(p -> p).toArray(),
                costs.values().stream().mapToDouble(s -> s).toArray());
    }

    /** The cost per exponent against p on log-log axes, each series with its fitted line (a series needs 3 points for one). */
    public static Figure costChart(String title, Map<String, Map<Integer, Double>> series) {
        List<Trace> traces = new ArrayList<>();
        for (var entry : series.entrySet()) {
            Map<Integer, Double> costs = entry.getValue();
            if (costs.isEmpty()) {
                continue;
            }
            double[] ps = costs.keySet().stream().mapToDouble(p -> p).toArray();
            double[] secs = costs.values().stream().mapToDouble(s -> s).toArray();
            traces.add(ScatterTrace.builder(ps, secs).mode(ScatterTrace.Mode.MARKERS)
                    .marker(Marker.builder().size(5).build()).name(entry.getKey()).build());
            if (costs.size() >= 3) {
                Fit fit = fit(costs);
                double[] fitted = java.util.Arrays.stream(ps).map(fit::at).toArray();
                traces.add(ScatterTrace.builder(ps, fitted).mode(ScatterTrace.Mode.LINE)
                        .line(Line.builder().dash(Line.Dash.DASH).build())
                        .name(String.format(Locale.ROOT, "fit: slope %.2f", fit.slope())).build());
            }
        }
        Layout layout = Layout.builder(title)
                .xAxis(Axis.builder().title("exponent p").type(Axis.Type.LOG).build())
                .yAxis(Axis.builder().title("processor seconds per test").type(Axis.Type.LOG).build())
                .showLegend(true).build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }
}
