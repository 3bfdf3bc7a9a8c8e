package workbook.balance;

import java.util.List;
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

    private static List<Run> prepend(Run first, List<Run> rest) {
        var all = new java.util.ArrayList<Run>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
