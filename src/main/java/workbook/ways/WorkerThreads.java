package workbook.ways;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ThreadFactory;
import workbook.shared.Threads;

/**
 * Makes a pool's worker threads and remembers them, so that a way can wait until each has
 * truly ended: a pool counts as terminated a moment before its last thread is gone.
 */
final class WorkerThreads implements ThreadFactory, ForkJoinPool.ForkJoinWorkerThreadFactory {
    private final String prefix;
    private final List<Thread> started = new CopyOnWriteArrayList<>();

    WorkerThreads(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        return remember(new Thread(task, prefix + "-" + (started.size() + 1)));
    }

    @Override
    public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setName(prefix + "-" + (started.size() + 1));
        return remember(thread);
    }

    private <T extends Thread> T remember(T thread) {
        started.add(thread);
        return thread;
    }

    /** Waits until every thread made here has ended (after the pool was shut down). */
    void awaitAllEnded() {
        Threads.awaitEnd(started);
    }
}
