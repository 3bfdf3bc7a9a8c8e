package workbook.balance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;
import workbook.perfect.Slice;
import workbook.shared.Threads;

/**
 * Fork/join: a task covering a range splits itself in two, again and again, down to ranges of
 * {@code grain} numbers; each worker keeps its own deque of halves, and a worker with nothing
 * left steals the biggest half waiting in another's deque. Parallel streams run this way.
 */
public final class WorkStealing implements Split {
    private final int grain;

    public WorkStealing(int grain) {
        if (grain < 1) {
            throw new IllegalArgumentException("the grain needs at least 1 number, got " + grain);
        }
        this.grain = grain;
    }

    @Override
    public String name() {
        return "work stealing";
    }

    @Override
    public Run search(int limit, int workers, IntPredicate test) throws InterruptedException {
        if (workers < 1) {
            throw new IllegalArgumentException("need at least 1 worker, got " + workers);
        }
        List<Thread> threads = new CopyOnWriteArrayList<>();
        ForkJoinPool pool = new ForkJoinPool(workers, p -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            thread.setName("stealer-" + (threads.size() + 1));
            threads.add(thread);
            return thread;
        }, null, false);
        var busy = new ConcurrentHashMap<Thread, LongAdder>();
        AtomicBoolean stopped = new AtomicBoolean();
        long start = System.nanoTime();
        try {
            ForkJoinTask<List<Integer>> job = pool.submit(new Range(1, Math.max(1, limit), test, busy, stopped));
            List<Integer> found = job.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] busySeconds = new double[Math.max(workers, busy.size())];   // a worker that stole nothing: 0
            int k = 0;
            for (LongAdder nanos : busy.values()) {
                busySeconds[k++] = nanos.sum() / 1e9;
            }
            return new Run(name(), workers, found, seconds, busySeconds);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause.getCause() != null && cause.getCause().getClass() == cause.getClass()) {
                cause = cause.getCause();               // fork/join wraps an error from another thread in a copy of itself
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            stopped.set(true);                          // ranges not yet searched are skipped
            throw e;
        } finally {
            pool.shutdownNow();
            pool.close();
            Threads.stop(threads);                   // the pool ends a moment before its threads do
        }
    }

    private final class Range extends RecursiveTask<List<Integer>> {
        private final int from;
        private final int to;
        private final IntPredicate test;
        private final ConcurrentHashMap<Thread, LongAdder> busy;
        private final AtomicBoolean stopped;

        Range(int from, int to, IntPredicate test, ConcurrentHashMap<Thread, LongAdder> busy, AtomicBoolean stopped) {
            this.from = from;
            this.to = to;
            this.test = test;
            this.busy = busy;
            this.stopped = stopped;
        }

        @Override
        protected List<Integer> compute() {
            if (stopped.get()) {
                throw new CancellationException("stopped");
            }
            if (to - from <= grain) {
                long begin = Workers.cpuNanos();
                try {
                    return Slice.block(from, to).search(test);
                } catch (InterruptedException e) {
                    throw new CancellationException("interrupted");
                } finally {
                    busy.computeIfAbsent(Thread.currentThread(), t -> new LongAdder()).add(Workers.cpuNanos() - begin);
                }
            }
            int middle = (int) (((long) from + to) / 2);
            Range left = new Range(from, middle, test, busy, stopped);
            Range right = new Range(middle, to, test, busy, stopped);
            left.fork();                                // waits in this worker's deque, where others can steal it
            List<Integer> found = new ArrayList<>(right.compute());
            found.addAll(0, left.join());
            return Collections.unmodifiableList(found);
        }
    }
}
