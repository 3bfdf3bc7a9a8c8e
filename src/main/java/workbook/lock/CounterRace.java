package workbook.lock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import workbook.shared.Threads;

/**
 * Several threads raise one counter at the same time, all let go at once by a latch so they
 * really collide; then the count is compared with the number of increments made.
 */
public final class CounterRace {
    private CounterRace() {}

    /** Increments per thread in the unmeasured round before {@link #raceAll} measures. */
    public static final long WARM_UP_INCREMENTS = 500_000;

    /** The counters of the lesson, the broken one first; each call makes fresh ones. */
    public static List<Supplier<Counter>> counters() {
        return List.of(UnsafeCounter::new, SynchronizedCounter::new, LockedCounter::new,
                AtomicCounter::new, AdderCounter::new);
    }

    /** What one race gave: {@code lost} is how many increments the counter did not keep. */
    public record Result(String counter, int threads, long expected, long counted, double seconds) {
        public long lost() {
            return expected - counted;
        }

        public double lostPercent() {
            return 100.0 * lost() / expected;
        }

        public double nanosPerIncrement() {
            return seconds * 1e9 / expected;
        }
    }

    /** {@code threads} threads each call {@code counter.increment()} {@code increments} times. */
    public static Result race(Counter counter, int threads, long increments) throws InterruptedException {
        return race(counter, threads, increments, (name, task) -> Thread.ofPlatform().name(name).start(task));
    }

    /** Starts a named thread (a test may refuse, as a machine out of threads does). */
    interface Starter {
        Thread start(String name, Runnable task);
    }

    /**
     * The same race on threads from {@code starter}. When a thread cannot be started (the machine
     * allows no more), the racers already started are stopped before they began, and the failure
     * says so in one line. Interrupted, every racer is stopped before the call throws.
     */
    static Result race(Counter counter, int threads, long increments, Starter starter) throws InterruptedException {
        if (threads < 1 || increments < 0) {
            throw new IllegalArgumentException("need at least 1 thread and 0 or more increments, got "
                    + threads + " and " + increments);
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> racers = new ArrayList<>(threads);
        try {
            for (int t = 0; t < threads; t++) {
                racers.add(starter.start("racer-" + (t + 1), () -> raise(counter, increments, go)));
            }
            long start = System.nanoTime();
            go.countDown();                               // every racer starts now
            for (Thread racer : racers) {
                racer.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(counter.name(), threads, threads * increments, counter.get(), seconds);
        } catch (OutOfMemoryError e) {                    // "unable to create native thread"
            throw new IllegalStateException(String.format(Locale.ROOT, "could not start racer %,d of %,d (%s)",
                    racers.size() + 1, threads, e.getMessage()), e);
        } finally {
            Threads.stop(racers);                         // after a clean end they have all returned already
        }
    }

    private static void raise(Counter counter, long increments, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            return;                                       // stopped before the start: do nothing
        }
        for (long done = 0; done < increments && !Thread.currentThread().isInterrupted(); ) {
            long batch = Math.min(increments - done, 1 << 16);   // an interrupt is noticed between batches
            for (long i = 0; i < batch; i++) {
                counter.increment();
            }
            done += batch;
        }
    }

    /**
     * Races every counter of the lesson in turn, with the same threads and increments. A short
     * unmeasured round of every counter comes first: the JIT compiles the race loop while it runs
     * (on the cores the racers need), and then treats every counter's call alike.
     */
    public static List<Result> raceAll(int threads, long increments) throws InterruptedException {
        for (Supplier<Counter> counter : counters()) {
            race(counter.get(), threads, Math.min(increments, WARM_UP_INCREMENTS));
        }
        List<Result> results = new ArrayList<>();
        for (Supplier<Counter> counter : counters()) {
            results.add(race(counter.get(), threads, increments));
        }
        return results;
    }

    /** One counter raced several times: every run, and the median and spread of its time. */
    public record Repeated(String counter, int threads, long expected, List<Result> runs) {
        public workbook.timing.Timings nanosPerIncrement() {
            return new workbook.timing.Timings(runs.stream().mapToDouble(Result::nanosPerIncrement).toArray());
        }

        /** The fewest counted in any run (the most updates lost). */
        public long fewestCounted() {
            return runs.stream().mapToLong(Result::counted).min().orElseThrow();
        }

        public long mostLost() {
            return expected - fewestCounted();
        }
    }

    /**
     * Races every counter of the lesson {@code runs} times (after the same unmeasured round as
     * {@link #raceAll(int, long)}), the counters taking turns so that a busy moment of the machine
     * does not fall on one counter only.
     */
    public static List<Repeated> raceAll(int threads, long increments, int runs) throws InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        for (Supplier<Counter> counter : counters()) {
            race(counter.get(), threads, Math.min(increments, WARM_UP_INCREMENTS));
        }
        List<List<Result>> byCounter = new ArrayList<>();
        counters().forEach(c -> byCounter.add(new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            for (int c = 0; c < counters().size(); c++) {
                byCounter.get(c).add(race(counters().get(c).get(), threads, increments));
            }
        }
        List<Repeated> repeated = new ArrayList<>();
        for (List<Result> results : byCounter) {
            Result first = results.getFirst();
            repeated.add(new Repeated(first.counter(), threads, first.expected(), List.copyOf(results)));
        }
        return repeated;
    }

    /**
     * The usual order of costs under contention: both locks ({@code SynchronizedCounter},
     * {@code LockedCounter}) dearer, by median, than both lock-free counters ({@code AtomicCounter},
     * {@code AdderCounter}). Usual, not certain: a busy machine can upset it.
     */
    public static boolean locksDearerThanLockFree(List<Repeated> rows) {
        java.util.function.ToDoubleFunction<String> median = name -> rows.stream()
                .filter(r -> r.counter().equals(name)).findFirst().orElseThrow().nanosPerIncrement().median();
        return Math.min(median.applyAsDouble("SynchronizedCounter"), median.applyAsDouble("LockedCounter"))
                > Math.max(median.applyAsDouble("AtomicCounter"), median.applyAsDouble("AdderCounter"));
    }

    /** Counter, threads, runs, expected, fewest counted, most lost, ns per increment: median, lowest, highest. */
    public static Table costTable(String title, List<Repeated> rows) {
        StringColumn counter = StringColumn.create("counter");
        IntColumn threads = IntColumn.create("threads");
        IntColumn runs = IntColumn.create("runs");
        LongColumn expected = LongColumn.create("expected");
        LongColumn counted = LongColumn.create("counted");
        LongColumn lost = LongColumn.create("lost");
        DoubleColumn median = DoubleColumn.create("median ns per increment");
        DoubleColumn low = DoubleColumn.create("lowest");
        DoubleColumn high = DoubleColumn.create("highest");
        for (Repeated r : rows) {
            counter.append(r.counter());
            threads.append(r.threads());
            runs.append(r.runs().size());
            expected.append(r.expected());
            counted.append(r.fewestCounted());
            lost.append(r.mostLost());
            median.append(r.nanosPerIncrement().median());
            low.append(r.nanosPerIncrement().min());
            high.append(r.nanosPerIncrement().max());
        }
        for (LongColumn column : List.of(expected, counted, lost)) {
            column.setPrintFormatter(NumberColumnFormatter.intsWithGrouping());
        }
        for (DoubleColumn column : List.of(median, low, high)) {
            column.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1));
        }
        return Table.create(title, counter, threads, runs, expected, counted, lost, median, low, high);
    }
}
