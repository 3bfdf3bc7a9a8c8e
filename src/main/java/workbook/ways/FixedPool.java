package workbook.ways;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

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
        Object[] results = new Object[inputs.size()];
        AtomicInteger left = new AtomicInteger(inputs.size());
        CompletableFuture<Void> allDone = new CompletableFuture<>();
        if (inputs.isEmpty()) {
            allDone.complete(null);
        }
        try {
            for (int i = 0; i < inputs.size(); i++) {
                int index = i;
                pool.execute(() -> {
                    try {
                        results[index] = Way.apply(task, inputs.get(index));
                        if (left.decrementAndGet() == 0) {
                            allDone.complete(null);
                        }
                    } catch (Throwable e) {
                        allDone.completeExceptionally(e instanceof TaskFailedException f ? f : new TaskFailedException(inputs.get(index), e));
                    }
                });
            }
            // Wait once for the last task, not once per task: waking the caller for every result
            // would take a core away from the workers thousands of times.
            allDone.get();
            @SuppressWarnings("unchecked")
            List<R> list = (List<R>) Arrays.asList(results);
            return list;
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
