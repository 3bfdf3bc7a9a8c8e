package workbook.ways;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import workbook.shared.Threads;

/**
 * One thread per task, like the guide's one {@code Process} per number: start them all, then
 * join them all. Platform threads are the operating system's own; virtual threads are the
 * JVM's, cheap to start and parked while they wait, run on a few carrier threads (one per core).
 */
public final class ThreadPerTask implements Way {
    private final boolean virtual;

    public ThreadPerTask(boolean virtual) {
        this.virtual = virtual;
    }

    public static ThreadPerTask platform() {
        return new ThreadPerTask(false);
    }

    public static ThreadPerTask virtual() {
        return new ThreadPerTask(true);
    }

    @Override
    public String name() {
        return virtual ? "virtual thread per task" : "platform thread per task";
    }

    @Override
    public int workers(int tasks) {
        return tasks;
    }

    @Override
    public <T, R> List<R> map(List<T> inputs, Task<? super T, ? extends R> task) throws InterruptedException {
        int size = inputs.size();
        Object[] results = new Object[size];
        TaskFailedException[] failures = new TaskFailedException[size];
        Thread.Builder builder = virtual ? Thread.ofVirtual().name("task-", 0) : Thread.ofPlatform().name("task-", 0);
        List<Thread> threads = new ArrayList<>(size);
        AtomicInteger left = new AtomicInteger(size);
        CountDownLatch allEnded = new CountDownLatch(size == 0 ? 0 : 1);
        try {
            for (int i = 0; i < size; i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("stopped after starting " + i + " threads");
                }
                int index = i;
                threads.add(builder.start(() -> {
                    try {
                        results[index] = Way.apply(task, inputs.get(index));
                    } catch (Throwable e) {
                        failures[index] = e instanceof TaskFailedException f ? f : new TaskFailedException(inputs.get(index), e);
                    } finally {
                        if (left.decrementAndGet() == 0) {
                            allEnded.countDown();
                        }
                    }
                }));
            }
            // Sleep once until the last task has ended: joining thread by thread while they run
            // would wake this thread for nearly every one of them, and take a core from the work.
            allEnded.await();
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Threads.stop(threads);
            throw e;
        }
        for (TaskFailedException failure : failures) {
            if (failure != null) {
                throw failure;                    // the first input that failed
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }
}
