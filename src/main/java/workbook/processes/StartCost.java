package workbook.processes;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * What it costs to start a worker and wait for its end, when the worker does nothing: a child
 * JVM (a new operating-system process that loads a JVM), a platform thread (an operating-system
 * thread in this process), a virtual thread (an object the JVM schedules on its own threads).
 * Each is timed over many starts after a few unmeasured ones (the first start loads classes).
 */
public final class StartCost {
    private StartCost() {}

    /** The mean time from start to end of one worker that does nothing. */
    public record Result(String worker, int starts, double meanSeconds) {}

    /** A child JVM that searches an empty slice and exits: the price of a process, all of it. */
    public static Result childJvm(int starts) throws InterruptedException {
        Runnable one = () -> {
            Process process = ChildJvm.start(SearchChild.class, "1", "1", "1");
            try {
                process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("the empty child JVM ended with exit code " + process.exitValue());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ChildJvm.stop(process);
            }
        };
        return time("child JVM (ProcessBuilder)", starts, 1, one);
    }

    public static Result platformThread(int starts) throws InterruptedException {
        return time("platform thread", starts, 100, () -> join(Thread.ofPlatform().start(() -> {})));
    }

    public static Result virtualThread(int starts) throws InterruptedException {
        return time("virtual thread", starts, 100, () -> join(Thread.ofVirtual().start(() -> {})));
    }

    /**
     * {@code starts} platform threads all started, then all joined: the starts overlap with the
     * ends, and the joining thread seldom has to wait. The time divided by {@code starts}.
     */
    public static Result platformThreadsTogether(int starts) throws InterruptedException {
        return together("platform threads, started together", starts, Thread.ofPlatform());
    }

    /** The same with virtual threads: the JVM's carrier threads stay busy instead of sleeping between starts. */
    public static Result virtualThreadsTogether(int starts) throws InterruptedException {
        return together("virtual threads, started together", starts, Thread.ofVirtual());
    }

    private static Result together(String worker, int starts, Thread.Builder builder) throws InterruptedException {
        if (starts < 1) {
            throw new IllegalArgumentException("need at least 1 start, got " + starts);
        }
        for (int i = 0; i < 100; i++) {
            join(builder.start(() -> {}));                // warm-up: the first starts load classes
        }
        List<Thread> threads = new ArrayList<>(starts);
        long begin = System.nanoTime();
        try {
            for (int i = 0; i < starts; i++) {
                threads.add(builder.start(() -> {}));
            }
            for (Thread thread : threads) {
                thread.join();
            }
        } finally {
            workbook.shared.Threads.awaitEnd(threads);   // they end at once: no thread outlives the call
        }
        return new Result(worker, starts, (System.nanoTime() - begin) / 1e9 / starts);
    }

    /** One measurement of {@link Result}, to be repeated. */
    @FunctionalInterface
    public interface Measurement {
        Result measure() throws InterruptedException;
    }

    /** The same measurement repeated: the time per start of each run, as {@link Timings} (seconds). */
    public record Repeated(String worker, int starts, workbook.timing.Timings perStart) {}

    public static Repeated repeat(int runs, Measurement measurement) throws InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(measurement.measure());
        }
        double[] perStart = results.stream().mapToDouble(Result::meanSeconds).toArray();
        return new Repeated(results.getFirst().worker(), results.getFirst().starts(), new workbook.timing.Timings(perStart));
    }

    /** Worker, starts per run, runs, median, lowest and highest µs per start, and median over the cheapest median. */
    public static Table repeatedTable(String title, List<Repeated> rows) {
        double cheapest = rows.stream().mapToDouble(r -> r.perStart().median()).min().orElse(1);
        StringColumn worker = StringColumn.create("worker");
        IntColumn starts = IntColumn.create("starts per run");
        IntColumn runs = IntColumn.create("runs");
        DoubleColumn median = DoubleColumn.create("median us per start");
        DoubleColumn low = DoubleColumn.create("lowest");
        DoubleColumn high = DoubleColumn.create("highest");
        DoubleColumn times = DoubleColumn.create("x the cheapest");
        for (Repeated r : rows) {
            worker.append(r.worker());
            starts.append(r.starts());
            runs.append(r.perStart().runs());
            median.append(r.perStart().median() * 1e6);
            low.append(r.perStart().min() * 1e6);
            high.append(r.perStart().max() * 1e6);
            times.append(r.perStart().median() / cheapest);
        }
        for (DoubleColumn column : List.of(median, low, high)) {
            column.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1));
        }
        times.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(0));
        return Table.create(title, worker, starts, runs, median, low, high, times);
    }

    /** All three, with {@code jvmStarts} child JVMs and {@code threadStarts} threads of each kind. */
    public static List<Result> measureAll(int jvmStarts, int threadStarts) throws InterruptedException {
        List<Result> results = new ArrayList<>();
        results.add(childJvm(jvmStarts));
        results.add(platformThread(threadStarts));
        results.add(virtualThread(threadStarts));
        return results;
    }

    /** Worker, starts, mean microseconds, and how many times a virtual thread's cost each is. */
    public static Table table(String title, List<Result> results) {
        double cheapest = results.stream().mapToDouble(Result::meanSeconds).min().orElse(1);
        StringColumn worker = StringColumn.create("worker");
        IntColumn starts = IntColumn.create("starts");
        DoubleColumn micros = DoubleColumn.create("us per start");
        DoubleColumn times = DoubleColumn.create("x the cheapest");
        for (Result r : results) {
            worker.append(r.worker());
            starts.append(r.starts());
            micros.append(r.meanSeconds() * 1e6);
            times.append(r.meanSeconds() / cheapest);
        }
        micros.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1));
        times.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(0));
        return Table.create(title, worker, starts, micros, times);
    }

    private static Result time(String worker, int starts, int warmUps, Runnable one) throws InterruptedException {
        if (starts < 1) {
            throw new IllegalArgumentException("need at least 1 start, got " + starts);
        }
        for (int i = 0; i < warmUps; i++) {
            one.run();
        }
        long begin = System.nanoTime();
        for (int i = 0; i < starts; i++) {
            if (Thread.interrupted()) {
                throw new InterruptedException("stopped after " + i + " starts of a " + worker);
            }
            one.run();
        }
        return new Result(worker, starts, (System.nanoTime() - begin) / 1e9 / starts);
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
