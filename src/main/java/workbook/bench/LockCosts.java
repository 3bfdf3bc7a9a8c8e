package workbook.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * The cost of one increment of a shared counter, twice: from JMH (a fresh JVM per counter, warmed
 * up, repeated) and from the lock step's hand-rolled race (one JVM, every counter in turn, one run).
 * Knows nothing of JMH itself: the script hands it JMH's scores.
 */
public final class LockCosts {
    private LockCosts() {}

    /** One counter with one thread count; nanoseconds per increment of the shared counter. */
    public static final class Row {
        final String counter;
        final int threads;
        final double jmhNs;
        final double jmhNsLow;
        final double jmhNsHigh;
        double handNs = Double.NaN;

        Row(String counter, int threads, double jmhNs, double jmhNsLow, double jmhNsHigh) {
            this.counter = counter;
            this.threads = threads;
            this.jmhNs = jmhNs;
            this.jmhNsLow = jmhNsLow;
            this.jmhNsHigh = jmhNsHigh;
        }

        public String counter() { return counter; }
        public int threads() { return threads; }
        public double jmhNs() { return jmhNs; }
        public double handNs() { return handNs; }

        boolean overlaps(Row other) {
            return jmhNsLow <= other.jmhNsHigh && other.jmhNsLow <= jmhNsHigh;
        }
    }

    /**
     * From a JMH throughput score (calls of all threads together per microsecond) and its error
     * (half the 99.9 % confidence interval; NaN with too few iterations).
     */
    public static Row fromJmh(String counter, int threads, double opsPerMicro, double error) {
        double ns = 1000 / opsPerMicro;
        if (Double.isNaN(error)) {
            return new Row(counter, threads, ns, ns, ns);
        }
        double high = opsPerMicro - error > 0 ? 1000 / (opsPerMicro - error) : Double.POSITIVE_INFINITY;
        return new Row(counter, threads, ns, 1000 / (opsPerMicro + error), high);
    }

    /** Adds the race's figure to the row of the same counter and threads. */
    public static void addHandRolled(List<Row> rows, String counter, int threads, double ns) {
        rows.stream().filter(r -> r.counter.equals(counter) && r.threads == threads).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no JMH row for " + counter + " with " + threads + " thread(s)"))
                .handNs = ns;
    }

    public static Table table(List<Row> rows) {
        StringColumn counter = StringColumn.create("counter");
        IntColumn threads = IntColumn.create("threads");
        DoubleColumn jmh = DoubleColumn.create("JMH ns");
        StringColumn range = StringColumn.create("JMH 99.9% interval");
        DoubleColumn hand = DoubleColumn.create("race ns (lock step)");
        DoubleColumn ratio = DoubleColumn.create("race / JMH");
        for (Row r : rows) {
            counter.append(r.counter);
            threads.append(r.threads);
            jmh.append(r.jmhNs);
            range.append(r.jmhNsLow == r.jmhNsHigh ? "(too few iterations)"
                    : Double.isInfinite(r.jmhNsHigh) ? String.format(Locale.ROOT, "%.2f or more", r.jmhNsLow)
                    : String.format(Locale.ROOT, "%.2f to %.2f", r.jmhNsLow, r.jmhNsHigh));
            hand.append(r.handNs);
            ratio.append(r.handNs / r.jmhNs);
        }
        jmh.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        hand.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        ratio.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        return Table.create("Nanoseconds per increment of one shared counter", counter, threads, jmh, range, hand, ratio);
    }

    /** Cheapest first, by the given figure. */
    public static List<Row> order(List<Row> rows, int threads, boolean byJmh) {
        return rows.stream().filter(r -> r.threads == threads)
                .sorted(Comparator.comparingDouble(r -> byJmh ? r.jmhNs : r.handNs)).toList();
    }

    /** Compares the two orders for each thread count and explains every place where they differ. */
    public static List<String> explainOrder(List<Row> rows, boolean full) {
        List<String> lines = new ArrayList<>();
        boolean differ = false;
        for (int threads : rows.stream().mapToInt(r -> r.threads).distinct().sorted().toArray()) {
            List<Row> jmh = order(rows, threads, true);
            List<Row> hand = order(rows, threads, false);
            lines.add(threads + " thread(s), cheapest first:");
            lines.add("  JMH:  " + names(jmh));
            lines.add("  race: " + names(hand));
            if (names(jmh).equals(names(hand))) {
                lines.add("  Same order.");
                continue;
            }
            for (int place = 0; place < jmh.size(); place++) {
                Row j = jmh.get(place);
                Row h = hand.get(place);
                if (j == h) {
                    continue;
                }
                lines.add(String.format(Locale.ROOT, "  Place %d: JMH has %s (%.2f ns), the race %s (%.2f ns)%s.",
                        place + 1, j.counter, j.jmhNs, h.counter, h.handNs,
                        j.overlaps(h) ? ": their JMH intervals overlap, this run does not settle their order" : ""));
            }
            differ = true;
        }
        if (differ) {
            lines.add("Where the orders differ: the race is one run in one JVM whose loop has called all five counter");
            lines.add("classes at the same call site (so the JIT cannot inline increment() there), timed once on a shared");
            lines.add("machine; JMH gives each counter a fresh JVM (the call is inlined), warms it up and repeats it.");
        }
        if (!full) {
            lines.add("A short run (1 fork, 4 iterations of 1 s): wide intervals; --full for the proper run.");
        }
        return lines;
    }

    private static String names(List<Row> rows) {
        return rows.stream().map(r -> r.counter).collect(Collectors.joining(" < "));
    }
}
