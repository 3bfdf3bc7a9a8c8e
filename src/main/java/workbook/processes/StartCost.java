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
