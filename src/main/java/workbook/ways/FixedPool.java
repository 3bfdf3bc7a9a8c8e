package workbook.ways;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed pool of worker threads mapping over the inputs, like Python's {@code Pool(n).map}:
 * the tasks wait in one queue and each free worker takes the oldest (first in, first out);
 * results are collected in input order, whatever order the tasks finish in.
 */
public final class FixedPool implements Way {
    private final int workers;

    public FixedPool(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 worker, got " + workers);
        }
        this.workers = workers;
    }

    /** One worker per core, like {@code Pool()} with no argument. */
    public static FixedPool perCore() {
        return new FixedPool(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public String name() {
        return "fixed pool";
    }

    @Override
    public int workers(int tasks) {
        return workers;
    }

    @Override
    public <T, R> List<R> map(List<T> inputs, Task<? super T, ? extends R> task) throws InterruptedException {
        WorkerThreads threads = new WorkerThreads("pool-worker");
        ExecutorService pool = Executors.newFixedThreadPool(workers, threads);
        try {
            List<Future<R>> futures = new ArrayList<>(inputs.size());
            for (T input : inputs) {
                futures.add(pool.submit(() -> Way.apply(task, input)));
            }
            List<R> results = new ArrayList<>(inputs.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            pool.shutdownNow();                        // a task failed: the rest are not worth running
            throw (TaskFailedException) e.getCause();
        } catch (InterruptedException e) {
            pool.shutdownNow();                        // interrupts the running tasks, drops the queued ones
            throw e;
        } finally {
            pool.close();                              // waits until the pool has stopped
            threads.awaitAllEnded();
        }
    }
}
