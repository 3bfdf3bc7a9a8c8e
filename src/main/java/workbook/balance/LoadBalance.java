package workbook.balance;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import workbook.perfect.Slice;

/**
 * The load-balance lesson in one place: the four ways of sharing out the search, the one-worker
 * baseline they are measured against, and the table of speedup and efficiency.
 */
public final class LoadBalance {
    private LoadBalance() {}

    /** The numbers below this are tested once, unmeasured, before a baseline is timed. */
    public static final int WARM_UP_LIMIT = 5_000;

    /** Static blocks, interleaved, small chunks of {@code chunk} numbers, and work stealing down to the same size. */
    public static List<Split> ways(int chunk) {
        return List.of(new StaticBlocks(), new Interleaved(), new SmallChunks(chunk), new WorkStealing(chunk));
    }

    /**
     * The baseline: every number on the calling thread, one after the other. A short unmeasured
     * run comes first, so the JIT has compiled the test before the clock starts.
     */
    public static Run plainLoop(int limit, IntPredicate test) throws InterruptedException {
        Slice.block(1, Math.min(limit, WARM_UP_LIMIT)).search(test);
        long start = System.nanoTime();
        long cpu = Workers.cpuNanos();
        List<Integer> found = Slice.block(1, Math.max(1, limit)).search(test);
        double busy = (Workers.cpuNanos() - cpu) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run("plain loop", 1, found, seconds, new double[] {busy});
    }

    /**
     * Way, workers, seconds, speedup, efficiency % (speedup ÷ workers), balance % (how evenly the
     * work was shared, from each worker's processor time), and the work of the busiest and the idlest worker.
     */
    public static Table table(String title, Run baseline, List<Run> runs) {
        StringColumn way = StringColumn.create("way");
        IntColumn workers = IntColumn.create("workers");
        DoubleColumn seconds = DoubleColumn.create("seconds");
        DoubleColumn speedup = DoubleColumn.create("speedup");
        DoubleColumn efficiency = DoubleColumn.create("efficiency %");
        DoubleColumn balance = DoubleColumn.create("balance %");
        DoubleColumn busiest = DoubleColumn.create("busiest worker cpu s");
        DoubleColumn idlest = DoubleColumn.create("idlest worker cpu s");
        for (Run run : prepend(baseline, runs)) {
            way.append(run.way());
            workers.append(run.workers());
            seconds.append(run.seconds());
            speedup.append(run.speedup(baseline.seconds()));
            efficiency.append(100 * run.efficiency(baseline.seconds()));
            balance.append(100 * run.balance());
            busiest.append(run.busiest());
            idlest.append(run.idlest());
        }
        seconds.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        speedup.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        efficiency.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1));
        balance.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1));
        busiest.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        idlest.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        return Table.create(title, way, workers, seconds, speedup, efficiency, balance, busiest, idlest);
    }

    /** The plain loop, timed {@code times} times after one warm-up: the baseline of {@link #table(String, Repeated, List)}. */
    public static Repeated plainLoop(int times, int limit, IntPredicate test) throws InterruptedException {
        List<Run> runs = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(1, times); i++) {
            runs.add(plainLoop(limit, test));
        }
        return new Repeated("plain loop", 1, runs);
    }

    /**
     * The table of repeated runs: each way's median run (its seconds, balance and the work of its
     * workers), the number of runs, and their spread (largest minus smallest time, in % of the median).
     */
    public static Table table(String title, Repeated baseline, List<Repeated> ways) {
        List<Run> medians = ways.stream().map(Repeated::median).toList();
        Table table = table(title, baseline.median(), medians);
        IntColumn runs = IntColumn.create("runs");
        DoubleColumn spread = DoubleColumn.create("spread %");
        for (Repeated way : prepend(baseline, ways)) {
            runs.append(way.runs().size());
            spread.append(100 * way.timings().spread());
        }
        spread.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1));
        return table.insertColumn(3, runs).insertColumn(4, spread);
    }

    /** An efficiency below this share of its balance is "well below": other programs had part of the cores. */
    static final double WELL_BELOW = 0.85;

    /**
     * Reads a table of {@link #table(String, Repeated, List)} row by row against the lesson: static
     * blocks have a balance near {@code expected} (the arithmetic's figure) and an efficiency close below
     * it (at least 85 % of the balance, at most 5 points above); every other way a higher balance and a
     * higher efficiency than the static blocks. One line per
     * way, saying whether this run agrees, and, where it does not, what in the table explains it.
     */
    public static List<String> readTable(Table table, double expected) {
        List<String> lines = new java.util.ArrayList<>();
        int blocks = rowOf(table, new StaticBlocks().name());
        double blocksEfficiency = table.doubleColumn("efficiency %").getDouble(blocks);
        double blocksBalance = table.doubleColumn("balance %").getDouble(blocks);
        double baselineSpread = table.doubleColumn("spread %").getDouble(0);
        for (int row = 1; row < table.rowCount(); row++) {
            String way = table.stringColumn("way").get(row);
            double efficiency = table.doubleColumn("efficiency %").getDouble(row);
            double balance = table.doubleColumn("balance %").getDouble(row);
            double spread = table.doubleColumn("spread %").getDouble(row);
            double seconds = table.doubleColumn("seconds").getDouble(row);
            String figures = String.format(Locale.ROOT, "%s: efficiency %.1f %%, balance %.1f %%", way, efficiency, balance);
            String agrees;
            if (row == blocks) {
                boolean nearExpected = Math.abs(balance - 100 * expected) <= 10;
                agrees = nearExpected && efficiency <= balance + 5 && efficiency >= WELL_BELOW * balance
                        ? String.format(Locale.ROOT, "agrees (expected %.1f %%)", 100 * expected)
                        : String.format(Locale.ROOT, "CONTRADICTS the lesson (expected about %.1f %%): %s",
                                100 * expected, why(efficiency, balance, spread, seconds, baselineSpread));
            } else if (balance > blocksBalance && efficiency > blocksEfficiency) {
                agrees = "agrees (balance and efficiency above the static blocks')";
            } else if (balance > blocksBalance) {
                agrees = "CONTRADICTS the lesson: balanced better than the static blocks, yet no more efficient; "
                        + why(efficiency, balance, spread, seconds, baselineSpread);
            } else {
                agrees = "CONTRADICTS the lesson: balanced no better than the static blocks; "
                        + why(efficiency, balance, spread, seconds, baselineSpread);
            }
            lines.add(figures + ": " + agrees);
        }
        boolean allBelow = table.rowCount() > 2;
        for (int row = 1; row < table.rowCount(); row++) {
            if (row == blocks) {
                continue;
            }
            allBelow &= table.doubleColumn("efficiency %").getDouble(row) < WELL_BELOW * table.doubleColumn("balance %").getDouble(row);
        }
        if (allBelow) {
            lines.add("Every balanced way's efficiency is well below its balance: the work was shared as the balance says, but"
                    + " other programs had part of the cores during this run (the balance, from processor time, hardly feels them).");
        }
        return lines;
    }

    private static String why(double efficiency, double balance, double spread, double seconds, double baselineSpread) {
        List<String> reasons = new java.util.ArrayList<>();
        if (baselineSpread > 15) {
            reasons.add(String.format(Locale.ROOT, "the plain loop's runs, on which every efficiency rests, spread over %.0f %%"
                    + " of their median", baselineSpread));
        }
        if (efficiency > balance + 5 && efficiency <= 105) {
            reasons.add("an efficiency above the balance means the baseline loop ran slow (other programs, or the JIT)");
        }
        if (efficiency > 105) {
            reasons.add("an efficiency above 100 % means the baseline loop ran slow (other programs, or the JIT)");
        } else if (efficiency < WELL_BELOW * balance) {
            reasons.add("its efficiency is well below its balance: the work was shared, but other programs had the cores");
        }
        if (spread > 15) {
            reasons.add(String.format(Locale.ROOT, "its runs spread over %.0f %% of the median: the machine was busy", spread));
        }
        if (seconds < 0.5) {
            reasons.add(String.format(Locale.ROOT, "a run of %.3f s is short: starting threads and the JIT weigh in"
                    + " (a larger N tells more)", seconds));
        }
        if (reasons.isEmpty()) {
            reasons.add("the difference is within what one busy moment can change: run the cell again");
        }
        return String.join("; ", reasons) + ".";
    }

    private static int rowOf(Table table, String way) {
        for (int row = 0; row < table.rowCount(); row++) {
            if (table.stringColumn("way").get(row).equals(way)) {
                return row;
            }
        }
        throw new IllegalArgumentException("no row for " + way + " in " + table.name());
    }

    private static <T> List<T> prepend(T first, List<T> rest) {
        var all = new java.util.ArrayList<T>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
