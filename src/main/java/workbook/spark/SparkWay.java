package workbook.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import workbook.ways.Task;
import workbook.ways.TaskFailedException;
import workbook.ways.Way;

/**
 * Spark as one more way to run a list of tasks: {@code parallelize} cuts the inputs into
 * partitions, {@code map} runs the task on the executors, {@code collect} brings the results
 * back in input order. Each {@link #map} starts its own Spark context and stops it before it
 * returns, so its time includes Spark's start-up and shut-down, and no Spark thread outlives it
 * (Spark's network threads take about two seconds to wind down: the map waits for them).
 *
 * <p>The way keeps the promises of {@link Way}; it asks one thing more: Spark ships the task,
 * so the task must be serializable (a {@link ShippableTask}), and so must the inputs and results.
 * One Spark context may run in a JVM at a time: stop any other before a map.
 */
public final class SparkWay implements Way {
    private static final Duration SHUT_DOWN_LIMIT = Duration.ofSeconds(20);

    private final String master;
    private final int partitions;
    private volatile int cores;                        // what Spark had in the last map; 0 before

    /** Spark on {@code master}, with {@code partitions} partitions (0: {@link Driver#defaultPartitions}). */
    public SparkWay(String master, int partitions) {
        Driver.checkMaster(master);
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 0 (Spark's choice) or more, got " + partitions);
        }
        this.master = master;
        this.partitions = partitions;
    }

    /** Spark inside this JVM, one executor thread per core, default partitions. */
    public static SparkWay local() {
        return new SparkWay(Driver.LOCAL, 0);
    }

    @Override
    public String name() {
        return "Spark " + master;
    }

    /** The cores Spark ran tasks on: known for a local master, for a cluster after a map. */
    @Override
    public int workers(int tasks) {
        if (cores > 0) {
            return cores;
        }
        return Driver.isLocal(master) ? Driver.localCores(master) : 0;
    }

    @Override
    public <T, R> List<R> map(List<T> inputs, Task<? super T, ? extends R> task) throws InterruptedException {
        if (!(task instanceof Serializable)) {
            throw new IllegalArgumentException("Spark ships the task to its executors, so it must be serializable: "
                    + "declare it as a ShippableTask, e.g. ShippableTask<Integer, Boolean> isPerfect = PerfectNumbers::isPerfect");
        }
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        try (JavaSparkContext spark = Driver.start("workbook: " + name(), master, SparkLog.OFF, task.getClass())) {
            cores = spark.defaultParallelism();
            int slices = partitions > 0 ? partitions : Driver.defaultPartitions(spark);
            spark.setLocalProperty("spark.job.interruptOnCancel", "true");   // a cancel interrupts running tasks
            JavaFutureAction<List<R>> job = spark.parallelize(new ArrayList<>(inputs), slices)
                    .map(new Shipped<T, R>(task))
                    .collectAsync();
            try {
                return new ArrayList<>(job.get());
            } catch (InterruptedException e) {
                job.cancel(true);                      // Spark kills the job's running tasks
                throw e;
            } catch (ExecutionException e) {
                throw failure(e.getCause());
            }
        } finally {
            awaitEnd(before, SHUT_DOWN_LIMIT);
        }
    }

    /**
     * Waits, at most {@code limit}, until every thread started since {@code before} has ended:
     * threads that end may start others (Netty's clean-up), so it looks again until none is left.
     * Netty's global helper thread is started on demand by a network thread that hands it a
     * clean-up task, and ends itself after a second with nothing to do; the wait ends only when a
     * look taken after that helper has gone idle finds no thread of the map.
     */
    private static void awaitEnd(Set<Thread> before, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        boolean interrupted = Thread.interrupted();    // an interrupted map still waits (within the limit)
        boolean helperIdle = false;
        try {
            while (true) {
                var left = Thread.getAllStackTraces().keySet().stream()
                        .filter(thread -> !before.contains(thread) && thread.isAlive() && thread != Thread.currentThread())
                        .findFirst();
                long nanos = deadline - System.nanoTime();
                if ((left.isEmpty() && helperIdle) || nanos <= 0) {
                    return;
                }
                try {
                    if (left.isPresent()) {
                        helperIdle = false;
                        left.get().join(Duration.ofNanos(nanos));
                    } else {
                        helperIdle = awaitNettyHelper(nanos);
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();     // keep the caller's interrupt
            }
        }
    }

    /** Waits, at most {@code nanos}, for Netty's global helper thread to end; whether it has (or never started). */
    private static boolean awaitNettyHelper(long nanos) throws InterruptedException {
        try {
            return GlobalEventExecutor.INSTANCE.awaitInactivity(Math.max(nanos, 1_000_000), TimeUnit.NANOSECONDS);  // 0 ms would wait for ever
        } catch (IllegalStateException neverStarted) {
            return true;
        }
    }

    private static RuntimeException failure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof Failed failed) {
                return new TaskFailedException(failed.input, failed.getCause());
            }
        }
        return new IllegalStateException("the Spark job failed: " + Driver.oneLine(error), error);
    }

    /** The task as Spark runs it on an executor; a failure carries its input back to the driver. */
    private record Shipped<T, R>(Task<? super T, ? extends R> task) implements Function<T, R> {
        @Override
        public R call(T input) {
            try {
                return task.apply(input);
            } catch (Exception e) {
                throw new Failed(input, e);
            }
        }
    }

    /** Thrown on an executor; unlike TaskFailedException it keeps its input when serialized. */
    private static final class Failed extends RuntimeException {
        private final Object input;

        Failed(Object input, Throwable cause) {
            super("task failed for input " + input + ": " + cause, cause);
            this.input = input;
        }
    }
}
