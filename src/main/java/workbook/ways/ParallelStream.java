package workbook.ways;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * A parallel stream: {@code IntStream.range(..).parallel()} splits the inputs in halves, again
 * and again, and idle workers steal halves from busy ones (work stealing). It runs in a
 * fork-join pool of its own here, so the number of workers is ours to choose and an interrupt
 * can stop it.
 */
public final class ParallelStream implements Way {
    private final int workers;

    public ParallelStream(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("a parallel stream needs at least 1 worker, got " + workers);
        }
        this.workers = workers;
    }

    public static ParallelStream perCore() {
        return new ParallelStream(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public String name() {
        return "parallel stream";
    }

    @Override
    public int workers(int tasks) {
        return workers;
    }

    @Override
    public <T, R> List<R> map(List<T> inputs, Task<? super T, ? extends R> task) throws InterruptedException {
        AtomicBoolean stopped = new AtomicBoolean();
        WorkerThreads threads = new WorkerThreads("stream-worker");
        ForkJoinPool pool = new ForkJoinPool(workers, threads, null, false);
        try {
            ForkJoinTask<List<R>> job = pool.submit(() -> IntStream.range(0, inputs.size())
                    .parallel()
                    .mapToObj(i -> {
                        if (stopped.get()) {
                            throw new java.util.concurrent.CancellationException("stopped");
                        }
                        try {
                            return Way.<T, R>apply(task, inputs.get(i));
                        } catch (TaskFailedException e) {
                            stopped.set(true);         // one failure is enough: skip the rest
                            throw e;
                        }
                    })
                    .toList());
            return job.get();
        } catch (ExecutionException e) {
            stopped.set(true);
            pool.shutdownNow();
            Throwable cause = e.getCause();
            if (cause instanceof TaskFailedException failed) {
                throw failed;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            stopped.set(true);                         // tasks not yet started are skipped
            pool.shutdownNow();                        // running ones are interrupted
            throw e;
        } finally {
            pool.close();                              // waits until the pool has stopped
            threads.awaitAllEnded();
        }
    }
}
