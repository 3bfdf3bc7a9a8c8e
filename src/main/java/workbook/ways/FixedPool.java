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

    /**
     * The loop of the script {@code perfect-pool}: submit every task to
     * {@code Executors.newFixedThreadPool} in a {@code try (...)}, let {@code close()} wait until all
     * have run, then read the futures in input order. Three additions make it a {@link Way}: the
     * pool's threads come from a factory that remembers them, so {@code map} returns only once
     * each is gone ({@code close()} returns a moment before the last one ends); an interrupt
     * while waiting (which makes {@code close()} stop the workers) becomes an
     * {@link InterruptedException}; and a failed task becomes a {@link TaskFailedException}
     * naming its input, the first such input in input order.
     */
    @Override
    public <T, R> List<R> map(List<T> inputs, Task<? super T, ? extends R> task) throws InterruptedException {
        WorkerThreads threads = new WorkerThreads("pool-worker");
        List<Future<R>> answers = new ArrayList<>(inputs.size());
        try (ExecutorService pool = Executors.newFixedThreadPool(workers, threads)) {
            for (T input : inputs) {
                answers.add(pool.submit(() -> Way.apply(task, input)));
            }
        } finally {
            threads.awaitAllEnded();
        }
        if (Thread.interrupted()) {                    // close() saw it, stopped the workers and set it again
            throw new InterruptedException("the pool was stopped before every task had run");
        }
        List<R> results = new ArrayList<>(inputs.size());
        for (Future<R> answer : answers) {
            try {
                results.add(answer.get());              // every task has run: get() does not wait
            } catch (ExecutionException e) {
                throw (TaskFailedException) e.getCause();
            }
        }
        return results;
    }
}
