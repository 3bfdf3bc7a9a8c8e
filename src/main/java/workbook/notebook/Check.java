package workbook.notebook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import workbook.perfect.PerfectNumbers;

/**
 * The checks at the end of each notebook: the reader types an answer, runs the check, and reads
 * one line saying whether it is right (with a hint when it is not). The answers themselves are
 * explained in the answers notebooks; here they are worked out, not just stored.
 */
public final class Check {
    private Check() {}

    private record Exercise(String question, double answer, double tolerance, String why, String hint) {}

    /** Checks a number: a prediction in the guide's seconds, a factor, a fraction. Prints one line. */
    public static void answer(String exercise, double answer) {
        Exercise e = exercise(exercise);
        boolean right = Math.abs(answer - e.answer()) <= e.tolerance();
        System.out.println(right
                ? "Exercise " + exercise + ": right. " + e.why()
                : "Exercise " + exercise + ": not yet (your answer: " + format(answer) + "). Hint: " + e.hint());
    }

    /**
     * Exercise 03.2: an {@code isPerfect} that stops at the square root. Right when it agrees with
     * the guide's test on every n up to 10000 and on the fifth perfect number, and is fast there.
     */
    public static void isPerfectFast(IntPredicate isPerfect) {
        List<Integer> wrong = new ArrayList<>();
        IntStream.rangeClosed(-2, 10_000)
                .filter(n -> isPerfect.test(n) != PerfectNumbers.isPerfect(n))
                .limit(5)
                .forEach(wrong::add);
        if (!wrong.isEmpty()) {
            System.out.println("Exercise 03.2: not yet: your test disagrees with the guide's for n = " + wrong
                    + ". Hint: divisors come in pairs (i, n / i); count a square root only once, and 1 but never n itself.");
            return;
        }
        int fifth = 33_550_336;
        long start = System.nanoTime();
        boolean found = isPerfect.test(fifth);
        int others = 0;
        for (int n = fifth + 1; n <= fifth + 4; n++) {
            others += isPerfect.test(n) ? 1 : 0;
        }
        double millisEach = (System.nanoTime() - start) / 1e6 / 5;
        if (!found || others > 0) {
            System.out.println("Exercise 03.2: not yet: right up to 10000, but wrong near 33 million"
                    + (found ? "" : " (33550336 is perfect)") + ". Hint: use a long for i * i and for the sum.");
        } else if (millisEach > 1) {
            System.out.println(String.format(Locale.ROOT,
                    "Exercise 03.2: right answers, but not faster yet: %.1f ms per number near 33 million."
                    + " Hint: stop the loop once i * i > n.", millisEach));
        } else {
            System.out.println(String.format(Locale.ROOT,
                    "Exercise 03.2: right, and fast: %.3f ms per number near 33 million, where the guide's loop"
                    + " needs about 33 million steps per number.", millisEach));
        }
    }

    /** What exercise 01.4 asks for: run every task on a thread of its own. */
    @FunctionalInterface
    public interface TaskRunner {
        void runAll(List<Runnable> tasks) throws InterruptedException;
    }

    /**
     * Exercise 01.4: {@code runAll} must run each task on a new thread, all at the same time, and
     * return only once every task has ended. Four tasks of 200 ms each show which of the three it does.
     */
    public static void runsAllAtOnce(TaskRunner runAll) throws InterruptedException {
        int count = 4;
        long sleepMs = 200;
        Thread caller = Thread.currentThread();
        Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
        CountDownLatch ended = new CountDownLatch(count);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(() -> {
                ranOn.add(Thread.currentThread());
                try {
                    Thread.sleep(sleepMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    ended.countDown();
                }
            });
        }
        long start = System.nanoTime();
        runAll.runAll(tasks);
        double tookMs = (System.nanoTime() - start) / 1e6;
        boolean allEndedFirst = ended.getCount() == 0;
        ended.await(count * sleepMs * 5, TimeUnit.MILLISECONDS);     // never leave a task running
        String verdict;
        if (ranOn.contains(caller)) {
            verdict = "not yet: a task ran on the calling thread itself. Hint: give each task a thread,"
                    + " new Thread(task), and start() it.";
        } else if (ranOn.size() < count) {
            verdict = "not yet: the 4 tasks ran on " + ranOn.size() + " thread(s). Hint: one new thread per task.";
        } else if (!allEndedFirst) {
            verdict = "not yet: runAll returned while tasks were still running. Hint: join() every thread before returning.";
        } else if (tookMs >= 2 * sleepMs) {
            verdict = String.format(Locale.ROOT, "not yet: %.0f ms, so the tasks ran one after the other (each takes %d ms)."
                    + " Hint: start every thread first, then join them all in a second loop.", tookMs, sleepMs);
        } else {
            verdict = String.format(Locale.ROOT, "right. Four tasks of %d ms on four threads took %.0f ms: they ran at the same"
                    + " time, and runAll waited for all of them.", sleepMs, tookMs);
        }
        System.out.println("Exercise 01.4: " + verdict);
    }

    /** What exercise 02.4 asks for: map {@code square} over {@code xs} on {@code pool}, results in input order. */
    @FunctionalInterface
    public interface PoolMap {
        List<Integer> map(ExecutorService pool, List<Integer> xs, Function<Integer, Integer> square) throws Exception;
    }

    /**
     * Exercise 02.4: the map must run {@code square} on the pool's threads, several at once, and
     * return the results in input order. Each square sleeps 40 ms per unit of its input, so the
     * tasks finish in another order than they were given.
     */
    public static void mapsOnThePool(PoolMap map) throws Exception {
        List<Integer> xs = List.of(5, 1, 4, 2, 3);
        Thread caller = Thread.currentThread();
        Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
        Function<Integer, Integer> square = x -> {
            ranOn.add(Thread.currentThread());
            try {
                Thread.sleep(40L * x);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return x * x;
        };
        List<Integer> results;
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            results = map.map(pool, xs, square);
        }
        double tookMs = (System.nanoTime() - start) / 1e6;
        List<Integer> expected = xs.stream().map(x -> x * x).toList();
        String verdict;
        if (ranOn.contains(caller)) {
            verdict = "not yet: square ran on the calling thread. Hint: make one Callable per x, () -> square.apply(x),"
                    + " and hand the list to pool.invokeAll.";
        } else if (!expected.equals(results)) {
            verdict = "not yet: the map returned " + results + ", expected " + expected
                    + ". Hint: invokeAll returns the futures in the order of the tasks; read each with get().";
        } else if (ranOn.size() < 2) {
            verdict = "not yet: every square ran on one thread, one after the other. Hint: submit all tasks before"
                    + " waiting for any (invokeAll does both).";
        } else {
            verdict = String.format(Locale.ROOT, "right: %s in input order, on %d of the pool's threads, in %.0f ms"
                    + " (one after the other: %d ms).", results, ranOn.size(), tookMs, 40 * 15);
        }
        System.out.println("Exercise 02.4: " + verdict);
    }

    /**
     * Exercise 03.4: the search must call {@code isPerfect} on a pool of the given number of
     * worker threads (not the caller, not a thread per number) and list the perfect numbers in
     * increasing order.
     */
    public static void searchesOnAPool(Search search) throws Exception {
        int below = 10_000;
        int workers = 2;
        Thread caller = Thread.currentThread();
        Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
        IntPredicate watched = n -> {
            ranOn.add(Thread.currentThread());
            return PerfectNumbers.isPerfect(n);
        };
        List<Integer> found = search.perfectBelow(below, workers, watched);
        List<Integer> expected = List.of(6, 28, 496, 8128);
        String verdict;
        if (ranOn.contains(caller)) {
            verdict = "not yet: isPerfect ran on the calling thread. Hint: submit one task per number to"
                    + " Executors.newFixedThreadPool(workers), inside a try (...).";
        } else if (ranOn.size() > workers) {
            verdict = "not yet: isPerfect ran on " + ranOn.size() + " threads for a pool of " + workers
                    + ". Hint: a fixed pool reuses its workers; do not start a thread per number.";
        } else if (!expected.equals(found)) {
            verdict = "not yet: found " + found + ", expected " + expected
                    + ". Hint: keep the futures in input order and read them with get() after the pool has closed.";
        } else if (ranOn.size() < workers) {
            verdict = "not yet: the right numbers, but on " + ranOn.size() + " thread only. Hint: a pool of "
                    + workers + " workers.";
        } else {
            verdict = "right: " + found + ", found by the " + workers + " workers of your pool.";
        }
        System.out.println("Exercise 03.4: " + verdict);
    }

    // ---- Exercises 04.4-04.6 and 05.4: the reader's counter, consumer, stop flag and child JVMs ----

    /**
     * Exercise 04.4: a counter that keeps every update. Three races of 4 threads that each add
     * 2,000,000: right when every race counts exactly 8,000,000. An {@code UnsafeCounter} races
     * first, under the same conditions: when even it loses nothing, the threads took turns instead
     * of colliding (a busy machine), and an exact count proves nothing yet.
     */
    public static void countsExactly(java.util.function.Supplier<? extends workbook.lock.Counter> make)
            throws InterruptedException {
        int threads = 4;
        long increments = 2_000_000;
        long controlLost = workbook.lock.CounterRace.race(new workbook.lock.UnsafeCounter(), threads, increments).lost();
        String verdict = null;
        double nanos = 0;
        for (int race = 1; race <= 3 && verdict == null; race++) {
            var result = workbook.lock.CounterRace.race(make.get(), threads, increments);
            nanos = result.nanosPerIncrement();
            if (result.counted() != result.expected()) {
                verdict = String.format(Locale.ROOT, "not yet: race %d counted %,d of %,d (%,d lost). Hint: make read,"
                        + " add and write one step: a synchronized method, a ReentrantLock, or an AtomicLong.",
                        race, result.counted(), result.expected(), result.lost());
            }
        }
        if (verdict == null && controlLost == 0) {
            verdict = "can't tell yet: your counter counted exactly, but so did an UnsafeCounter raced just before:"
                    + " the threads took turns instead of colliding (a busy machine?). Run the cell again.";
        }
        System.out.println("Exercise 04.4: " + (verdict != null ? verdict : String.format(Locale.ROOT,
                "right: 3 races of %d threads x %,d increments, every update counted (%.1f ns per increment),"
                + " where an UnsafeCounter lost %,d.", threads, increments, nanos, controlLost)));
    }

    /** What travels through the work queue of exercise 04.5 after the last number: "stop". */
    public static final int PILL = -1;

    /** What exercise 04.5 asks for: take numbers from {@code work} until the pill, put the perfect ones in {@code found}. */
    @FunctionalInterface
    public interface QueueConsumer {
        void consume(java.util.concurrent.BlockingQueue<Integer> work, java.util.concurrent.BlockingQueue<Integer> found)
                throws InterruptedException;
    }

    /**
     * Exercise 04.5: three of the reader's consumers on one work queue. The numbers 1 .. 9999 come
     * in two halves with a pause between them (a consumer that stops on an empty queue misses the
     * second), then one {@link #PILL} per consumer. Right when the consumers find the four perfect
     * numbers, once each, and every consumer ends by taking its pill.
     */
    public static void consumesUntilThePill(QueueConsumer consumer) throws InterruptedException {
        int consumers = 3;
        var work = new java.util.concurrent.LinkedBlockingQueue<Integer>();
        var found = new java.util.concurrent.LinkedBlockingQueue<Integer>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int c = 1; c <= consumers; c++) {
            threads.add(Thread.ofPlatform().name("consumer-" + c).daemon(true).start(() -> {
                try {
                    consumer.consume(work, found);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        IntStream.range(1, 5_000).forEach(work::add);
        Thread.sleep(300);                                      // a slow producer: the queue may run empty here
        IntStream.range(5_000, 10_000).forEach(work::add);
        for (int c = 0; c < consumers; c++) {
            work.add(PILL);
        }
        long patience = System.nanoTime() + 10_000_000_000L;    // 10 s for all of them together
        long running = 0;
        for (Thread thread : threads) {
            thread.join(Duration.ofNanos(Math.max(1, patience - System.nanoTime())));
            running += thread.isAlive() ? 1 : 0;
        }
        List<Throwable> thrown = List.copyOf(failures);         // before the interrupt below adds its own
        threads.forEach(Thread::interrupt);                     // never leave one behind
        List<Integer> perfect = found.stream().sorted().toList();
        long pillsLeft = work.stream().filter(n -> n == PILL).count();
        String verdict;
        if (!thrown.isEmpty()) {
            verdict = "not yet: a consumer threw " + thrown.getFirst() + ".";
        } else if (running > 0) {
            verdict = "not yet: " + running + " of " + consumers + " consumers still ran 10 s after their pills."
                    + " Hint: when take() returns Check.PILL, return.";
        } else if (pillsLeft > 0 || work.stream().anyMatch(n -> n != PILL)) {
            verdict = "not yet: a consumer stopped before its pill (the queue still held " + work.size() + " items)."
                    + " Hint: an empty queue is not the end, the producer may just be slow: take() waits; stop only at the pill.";
        } else if (!perfect.equals(List.of(6, 28, 496, 8128))) {
            verdict = "not yet: your consumers found " + perfect + ", expected [6, 28, 496, 8128]. Hint: put n into"
                    + " found when PerfectNumbers.isPerfect(n).";
        } else {
            verdict = "right: your " + consumers + " consumers found " + perfect + ", waited through the producer's pause,"
                    + " and each stopped at its pill.";
        }
        System.out.println("Exercise 04.5: " + verdict);
    }

    /**
     * Exercise 04.6: a stop flag the spinning loop is sure to see. Right when the loop stops soon
     * after {@code stop()} and the flag is a volatile field (or an atomic): stopping once proves
     * nothing, since a plain field is allowed to be seen, only not guaranteed to be.
     */
    public static void stopFlagIsSeen(java.util.function.Supplier<? extends workbook.lock.StopFlag> make)
            throws InterruptedException {
        workbook.lock.StopFlag flag = make.get();
        var outcome = workbook.lock.StopFlagTrial.tryToStop(flag);
        List<String> plain = new ArrayList<>();
        boolean guarded = false;
        for (var field : flag.getClass().getDeclaredFields()) {
            boolean atomic = field.getType() == java.util.concurrent.atomic.AtomicBoolean.class;
            boolean isVolatile = java.lang.reflect.Modifier.isVolatile(field.getModifiers());
            if (field.getType() == boolean.class && !isVolatile) {
                plain.add(field.getName());
            }
            guarded |= atomic || (field.getType() == boolean.class && isVolatile);
        }
        String verdict;
        if (!outcome.sawStop()) {
            verdict = String.format(Locale.ROOT, "not yet: the loop never saw stop() and ran on to its deadline (%.1f s)."
                    + " Hint: which kind of field makes a write by one thread visible to a later read by another?",
                    outcome.secondsAfterStop());
        } else if (!guarded || !plain.isEmpty()) {
            verdict = String.format(Locale.ROOT, "not yet: the loop saw stop() this time (%.4f s later), but its flag %s"
                    + " is not volatile, so nothing guarantees it will next time. Hint: make the flag volatile.",
                    outcome.secondsAfterStop(), plain.isEmpty() ? "" : plain);
        } else {
            verdict = String.format(Locale.ROOT, "right: the loop saw stop() %.4f s later, and it must: the write of a"
                    + " volatile field happens-before every later read of it.", outcome.secondsAfterStop());
        }
        System.out.println("Exercise 04.6: " + verdict);
    }

    /** What exercise 05.4 asks for: the perfect numbers below {@code below}, searched by two child JVMs. */
    @FunctionalInterface
    public interface ChildSearch {
        List<Integer> perfectBelow(int below) throws Exception;
    }

    /**
     * Exercise 05.4: two child JVMs, both started before either is read, so that they search at
     * the same time; every child ended when the search returns. This JVM's children are watched
     * every 5 ms while the reader's code runs.
     */
    public static void searchesOverTwoChildJvms(ChildSearch search) throws Exception {
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean watching = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread watcher = Thread.ofVirtual().start(() -> {
            while (watching.get()) {
                most.accumulateAndGet((int) ProcessHandle.current().children().filter(ProcessHandle::isAlive).count(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        List<Integer> found;
        try {
            found = search.perfectBelow(10_000);
        } finally {
            watching.set(false);
            watcher.join();
        }
        long left = ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
        String verdict;
        if (!List.of(6, 28, 496, 8128).equals(found)) {
            verdict = "not yet: found " + found + ", expected [6, 28, 496, 8128] in increasing order. Hint: read the"
                    + " lines 'perfect N' of both children, then sort.";
        } else if (left > 0) {
            verdict = "not yet: " + left + " child process(es) still running after your search returned. Hint: waitFor()"
                    + " each child.";
        } else if (most.get() < 2) {
            verdict = "not yet: the right numbers, but the children ran one after the other. Hint: start both children"
                    + " first, then read them.";
        } else {
            verdict = "right: " + found + " from " + most.get() + " child JVMs searching at the same time, and none left.";
        }
        System.out.println("Exercise 05.4: " + verdict);
    }

    /** A reader's parallel search: the numbers below {@code limit} that pass {@code test}, in increasing order. */
    @FunctionalInterface
    public interface Search {
        List<Integer> perfectBelow(int limit, int workers, IntPredicate test) throws Exception;
    }

    /**
     * Exercise 06a.3: workers that take the next chunk from a shared counter whenever they are
     * done with one. Number 1 is made slow (half a second): an idle worker must take over the
     * rest, so the worker stuck on number 1 tests only a few chunks, not its fixed share.
     */
    public static void sharedChunks(Search search) {
        int limit = 4_001;
        int workers = 2;
        WorkerCheck.Seen seen = WorkerCheck.run(search, limit, workers, n -> n == 1, 500);
        String problem = seen.problem(workers);
        if (!problem.isEmpty()) {
            System.out.println("Exercise 06a.3: not yet: " + problem + ".");
        } else if (seen.testedWith(1) > (limit - 1) / workers / 4) {
            System.out.println("Exercise 06a.3: not yet: the worker that met the slow number 1 tested " + seen.testedWith(1)
                    + " of " + (limit - 1) + " numbers: its share was fixed in advance. Hint: an AtomicInteger holds the"
                    + " next chunk's start; each worker takes chunks with getAndAdd until it passes the limit.");
        } else {
            System.out.println("Exercise 06a.3: right. The worker stuck on number 1 tested only " + seen.testedWith(1)
                    + " numbers; the other took the remaining chunks: every number tested once, on " + workers + " threads.");
        }
    }

    /**
     * Exercise 06b.2: the search on an ExecutorService of {@code workers} threads, one task per
     * worker (invokeAll), the pool closed before returning. Checked with 1, 2 and 3 workers.
     */
    public static void poolSearch(Search search) {
        for (int workers = 1; workers <= 3; workers++) {
            String problem = WorkerCheck.run(search, 3_001, workers, n -> false, 0).problem(workers);
            if (!problem.isEmpty()) {
                System.out.println("Exercise 06b.2: not yet, with " + workers + " worker(s): " + problem + ". Hint: "
                        + "Executors.newFixedThreadPool(workers) in a try (...), a list of Callables, pool.invokeAll(tasks).");
                return;
            }
        }
        System.out.println("Exercise 06b.2: right. With 1, 2 and 3 workers: every number tested once, on exactly that many"
                + " pool threads, none on the caller, the perfect numbers in order, and no thread left running.");
    }

    // ---- Notebook 08: the modern toolbox. The reader's code runs here against tasks whose
    // behaviour is known: how long they sleep, whether they are interrupted, how many run at once.

    /** Exercise 08.1: the reader's fan-out: the sum of every task's result, all at once, failing fast. */
    @FunctionalInterface
    public interface FanOut {
        int sum(List<java.util.concurrent.Callable<Integer>> tasks) throws Exception;
    }

    /** Exercise 08.2: the reader's map of {@code f} over {@code inputs}, at most {@code limit} at once, in order. */
    @FunctionalInterface
    public interface BoundedMap {
        List<Integer> map(List<Integer> inputs, int limit, java.util.function.Function<Integer, Integer> f) throws Exception;
    }

    /** Exercise 08.3: the reader's price times rate, both asked at once; -1 when either fails. */
    @FunctionalInterface
    public interface BothAtOnce {
        java.util.concurrent.CompletableFuture<Integer> total(java.util.function.Supplier<Integer> price,
                java.util.function.Supplier<Integer> rate);
    }

    /**
     * Exercise 08.1. Right when five tasks of 300 ms each give the right sum in well under five times
     * 300 ms, and when one task fails after 100 ms the call fails within 20 s with the three others
     * (each sleeping ten minutes) interrupted.
     */
    public static void fanOut(FanOut fanOut) {
        String id = "Exercise 08.1: ";
        List<java.util.concurrent.Callable<Integer>> five = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int value = i;
            five.add(() -> { Thread.sleep(300); return value; });
        }
        var quick = callWithin(20, () -> fanOut.sum(five));
        if (quick.error() != null || !Integer.valueOf(15).equals(quick.value())) {
            System.out.println(id + "not yet: five tasks returning 1..5 should sum to 15, got "
                    + (quick.error() != null ? "a failure (" + quick.error().getMessage() + ")" : quick.value())
                    + ". Hint: fork each task in a StructuredTaskScope, join, then add up subtask.get().");
            return;
        }
        if (quick.seconds() > 1.4) {                            // one after the other: 1.5 s
            System.out.println(String.format(Locale.ROOT, id + "not yet: right sum, but %.1f s for five tasks of 0.3 s:"
                    + " they ran one after the other. Hint: fork them all before the join.", quick.seconds()));
            return;
        }
        java.util.concurrent.atomic.AtomicInteger interrupted = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Callable<Integer>> failing = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            failing.add(() -> {
                try {
                    Thread.sleep(java.time.Duration.ofMinutes(10));
                    return 1;
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                    throw e;
                }
            });
        }
        failing.add(() -> { Thread.sleep(100); throw new IllegalStateException("task 4 failed"); });
        var failed = callWithin(20, () -> fanOut.sum(failing));
        if (failed.timedOut()) {
            System.out.println(id + "not yet: one task failed, but the call still waited for the others after 20 s."
                    + " Hint: Joiner.allSuccessfulOrThrow() (or open()) cancels the siblings when one fails.");
        } else if (failed.error() == null) {
            System.out.println(id + "not yet: one task failed, yet the call returned " + failed.value()
                    + ". Hint: let join() throw; do not catch the failure.");
        } else if (interrupted.get() < 3) {
            System.out.println(id + "not yet: the call failed, but only " + interrupted.get()
                    + " of the 3 siblings were stopped. Hint: a scope's close() cancels and waits for them.");
        } else {
            System.out.println(String.format(Locale.ROOT, id + "right. Five tasks in %.2f s; with one failing,"
                    + " the call failed after %.2f s and its 3 siblings were interrupted.", quick.seconds(), failed.seconds()));
        }
    }

    /**
     * Exercise 08.2. Right when 60 tasks of 50 ms with a limit of 6 come back in input order, never
     * more than 6 at once and 6 at some moment.
     */
    public static void boundedMap(BoundedMap map) {
        String id = "Exercise 08.2: ";
        java.util.concurrent.atomic.AtomicInteger now = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Function<Integer, Integer> f = i -> {
            peak.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50 - i % 3 * 20);                   // later inputs may end first
                return i * i;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted");
            } finally {
                now.decrementAndGet();
            }
        };
        List<Integer> inputs = IntStream.range(0, 60).boxed().toList();
        var run = callWithin(30, () -> map.map(inputs, 6, f));
        List<Integer> expected = inputs.stream().map(i -> i * i).toList();
        if (run.error() != null || run.timedOut()) {
            System.out.println(id + "not yet: the call " + (run.timedOut() ? "did not end in 30 s" : "failed (" + run.error().getMessage() + ")")
                    + ". Hint: inputs.stream().gather(Gatherers.mapConcurrent(limit, f)).toList().");
        } else if (!expected.equals(run.value())) {
            System.out.println(id + "not yet: the results are not f of each input, in input order. Hint: mapConcurrent keeps"
                    + " the order; with a Semaphore, collect the futures in input order and get() each.");
        } else if (peak.get() > 6) {
            System.out.println(id + "not yet: " + peak.get() + " tasks ran at once, above the limit of 6.");
        } else if (peak.get() < 6) {
            System.out.println(id + "not yet: right results, but at most " + peak.get()
                    + " at once: the limit of 6 was never reached. Hint: run up to 'limit' tasks at the same time.");
        } else {
            System.out.println(String.format(Locale.ROOT, id + "right. In input order, at most 6 at once, %.2f s"
                    + " (one after the other: about 1.8 s).", run.seconds()));
        }
    }

    /**
     * Exercise 08.3. Right when a price of 40 and a rate of 3, each taking 0.5 s, give 120 in well
     * under 1 s, and a failing rate gives -1.
     */
    public static void bothAtOnce(BothAtOnce both) {
        String id = "Exercise 08.3: ";
        java.util.function.Supplier<Integer> price = () -> sleepThen(500, 40);
        java.util.function.Supplier<Integer> rate = () -> sleepThen(500, 3);
        var run = callWithin(20, () -> both.total(price, rate).get());
        if (run.error() != null || run.timedOut() || !Integer.valueOf(120).equals(run.value())) {
            System.out.println(id + "not yet: price 40 times rate 3 should give 120, got "
                    + (run.value() != null ? run.value() : "no value") + ". Hint: supplyAsync each, then thenCombine.");
            return;
        }
        if (run.seconds() > 0.9) {
            System.out.println(String.format(Locale.ROOT, id + "not yet: 120, but after %.2f s: the two calls of 0.5 s"
                    + " did not overlap. Hint: start both before combining them, each on a thread of its own: without an"
                    + " executor supplyAsync uses the common pool, which has one thread fewer than the cores.", run.seconds()));
            return;
        }
        java.util.function.Supplier<Integer> down = () -> { throw new IllegalStateException("rate server down"); };
        var failed = callWithin(20, () -> both.total(price, down).get());
        if (!Integer.valueOf(-1).equals(failed.value())) {
            System.out.println(id + "not yet: with a failing rate the future should complete with -1, got "
                    + (failed.value() != null ? failed.value() : "a failure") + ". Hint: exceptionally(e -> -1) at the end.");
        } else {
            System.out.println(String.format(Locale.ROOT, id + "right. 120 after %.2f s (both at once); -1 when the rate"
                    + " fails.", run.seconds()));
        }
    }

    private static Integer sleepThen(long millis, int value) {
        try {
            Thread.sleep(millis);
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        }
    }

    private record Outcome<T>(T value, Throwable error, boolean timedOut, double seconds) {}

    /** Runs the reader's code on a thread of its own, at most {@code seconds}; then interrupts it and waits for it. */
    private static <T> Outcome<T> callWithin(int seconds, java.util.concurrent.Callable<T> call) {
        var result = new java.util.concurrent.atomic.AtomicReference<Outcome<T>>();
        long start = System.nanoTime();
        Thread runner = Thread.ofPlatform().name("exercise").start(() -> {
            try {
                T value = call.call();
                result.set(new Outcome<>(value, null, false, (System.nanoTime() - start) / 1e9));
            } catch (Throwable e) {
                result.set(new Outcome<>(null, e, false, (System.nanoTime() - start) / 1e9));
            }
        });
        try {
            runner.join(java.time.Duration.ofSeconds(seconds));
            if (runner.isAlive()) {
                workbook.shared.Threads.stop(List.of(runner));
                return new Outcome<>(null, null, true, seconds);
            }
        } catch (InterruptedException e) {
            workbook.shared.Threads.stop(List.of(runner));
            Thread.currentThread().interrupt();
            return new Outcome<>(null, e, true, (System.nanoTime() - start) / 1e9);
        }
        return result.get();
    }

    /**
     * Exercise 10.3: a hunt on a pool, given the largest exponent, returning the exponents of the
     * perfect numbers it found. Right when it finds exactly the known ones up to 1300, in order.
     */
    public static void hunt(Hunter hunt) {
        List<Integer> known = List.of(2, 3, 5, 7, 13, 17, 19, 31, 61, 89, 107, 127, 521, 607, 1279);
        List<Integer> found;
        try {
            found = hunt.apply(1300);
        } catch (Exception e) {
            System.out.println("Exercise 10.3: not yet: your hunt failed with " + e);
            return;
        }
        if (!known.equals(found)) {
            System.out.println("Exercise 10.3: not yet: up to 1300 the exponents are " + known + ", yours gave " + found
                    + ". Hint: keep only the outcomes with prime(), sorted by p.");
            return;
        }
        System.out.println("Exercise 10.3: right: the 15 exponents up to 1300, in order.");
    }

    /** A hunt up to {@code max}: the exponents of the perfect numbers found, smallest first. */
    @FunctionalInterface
    public interface Hunter {
        List<Integer> apply(int max) throws Exception;
    }

    private static Exercise exercise(String id) {
        return switch (id) {
            case "01.1" -> new Exercise("four threads sleeping 3 s each, all started, then all joined",
                    3, 0.25,
                    "All four sleep at the same time, so the wait is one sleep: about 3 seconds.",
                    "every thread is started before the first join: how many sleeps happen one after the other?");
            case "01.2" -> new Exercise("four threads sleeping 3 s each, each joined right after its start",
                    12, 0.25,
                    "join() waits for that thread before the loop starts the next: 4 sleeps one after the other, 12 seconds.",
                    "join() waits until that thread has ended. When does the second thread start?");
            case "01.3" -> new Exercise("five threads, thread i sleeps i seconds, all started then joined",
                    5, 0.25,
                    "They all sleep at once; the run ends when the longest sleep (5 s) ends.",
                    "the threads overlap: which one ends last?");
            case "02.1" -> new Exercise("a pool of 3 over the sleeps 1..10",
                    FifoSchedule.plan(3, IntStream.rangeClosed(1, 10).boxed().toList()).total(), 0.25,
                    "Work it out with FifoSchedule.plan(3, ...).table(): the 10 s sleep starts at 12 s and ends at 22 s.",
                    "write down, for each worker, when it becomes free and which sleep it takes next (oldest first).");
            case "02.2" -> new Exercise("a pool of 5 over the sleeps 10, 9, ..., 1",
                    FifoSchedule.plan(5, IntStream.iterate(10, s -> s >= 1, s -> s - 1).boxed().toList()).total(), 0.25,
                    "The long sleeps start at once; the short ones fill the gaps: every worker is done at 11 s (15 s in input order 1..10).",
                    "the five longest sleeps start at 0. When does the first worker become free, and what does it take?");
            case "02.3" -> new Exercise("the guide's pool: the sleep that starts right after 'Done sleeping for 3 seconds'",
                    8, 0,
                    "The worker that finished the 3 s sleep takes the oldest waiting task: sleeps 6 and 7 are already taken, so 8.",
                    "the queue hands out tasks oldest first; which tasks were taken before the 3 s sleep ended?");
            case "03.1" -> new Exercise("how many times longer the loop takes for 2N than for N",
                    4, 0.5,
                    "isPerfect(n) takes about n steps, so all numbers below N take about N^2/2: twice N, four times the work.",
                    "how many steps does isPerfect(n) take, and what is 1 + 2 + ... + N roughly?");
            case "03.3" -> new Exercise("the share of the loop's work in the upper half N/2 .. N",
                    0.75, 0.05,
                    "The steps below N add up to about N^2/2, below N/2 to about N^2/8: the upper half holds 3/8 of 4/8, three quarters."
                    + " Two threads with fixed halves finish after about 3/4 of the loop's time, not 1/2.",
                    "isPerfect(n) costs about n steps. Compare the sum of n below N/2 with the sum below N.");
            case "04.1" -> new Exercise("poison pills for 3 producers and 2 consumers",
                    2, 0,
                    "One pill per consumer: each pill stops the consumer that takes it; producers stop when they run out of work.",
                    "who needs to be told that the work is over, the producers or the consumers?");
            case "04.2" -> new Exercise("updates an UnsafeCounter loses with one thread",
                    0, 0,
                    "With one thread nobody can slip in between the read and the write of count++: nothing is lost.",
                    "an update is lost when another thread writes between this thread's read and write. Which other thread?");
            case "04.3" -> new Exercise("the most items waiting in a work queue with room for 100",
                    100, 0,
                    "A bounded queue never holds more than its room: put waits until a consumer has taken an item.",
                    "what does put do when the queue is full?");
            case "05.1" -> new Exercise("speedup of 4 CPU-bound Python threads over 1, standard CPython with its GIL, on 4 cores",
                    1, 0.25,
                    "The GIL lets one thread at a time run Python code: the four take turns on one core's worth of time, no faster"
                    + " than one. (A free-threaded CPython, 3.13t or 3.14t, has no GIL and could approach 4.)",
                    "how many threads may run Python code at the same moment under the GIL?");
            case "05.2" -> new Exercise("virtual threads started in the time of one child JVM (50 ms vs 1 us)",
                    50_000, 500,
                    "50 ms = 50,000 us: about fifty thousand virtual threads for the start of one JVM.",
                    "write both in microseconds: 1 ms = 1000 us.");
            case "05.3" -> new Exercise("JVMs the crash of one child JVM ends by itself, in a search over 4 children",
                    1, 0,
                    "Only the child: its memory and threads are its own. The parent and the other three children run on;"
                    + " the parent sees the exit code through waitFor() and decides (SplitSearch then stops the other three"
                    + " on purpose, since their answer is incomplete anyway).",
                    "a child JVM is a process of its own, with its own memory. What does its crash touch, before anyone reacts?");
            case "06a.1" -> new Exercise("seconds for 10,000 sleepers on a pool of 2,000 platform threads",
                    5, 0.25,
                    "2,000 sleep at a time, one second per round: ceil(10000 / 2000) = 5 rounds, about 5 seconds.",
                    "how many sleepers can be asleep at once, and how many rounds does that take?");
            case "06a.2" -> new Exercise("expected efficiency of static blocks on 4 workers",
                    workbook.balance.StaticBlocks.expectedEfficiency(100_000, 4), 0.02,
                    "The last block holds 7/16 of the work (the blocks cost 1, 3, 5, 7 sixteenths): 4 workers wait for it,"
                    + " so efficiency = 1 / (4 x 7/16) = 4/7, about 0.57.",
                    "number n costs about n steps: what share of the work lies in the last quarter, 3N/4 .. N?");
            case "06b.1" -> new Exercise("Amdahl's limit with a serial fraction of 0.1",
                    10, 0.25,
                    "With s = 0.1 the serial part alone takes a tenth of the one-core time, whatever the cores: at most 1 / s = 10x.",
                    "let the number of cores grow without end in 1 / (s + (1 - s) / p).");
            case "07.1" -> new Exercise("default partitions of local[*] on a 4-core machine, 8 per core",
                    32, 0,
                    "local[*] runs one executor thread per core, 4 here, and the workbook asks for 8 partitions per core: 32.",
                    "how many cores does local[*] use on 4 cores, and how many partitions per core?");
            case "07.2" -> new Exercise("seconds for a job with 2 s of start-up and 6 s of work on 6 cores",
                    3, 0.1,
                    "The start-up does not shrink with cores: 2 s + 6 s / 6 = 3 s at best.",
                    "which part of the time divides by the cores, and which does not?");
            case "10.1" -> new Exercise("s_2 of the Lucas-Lehmer test for p = 5 (mod 31)",
                    8, 0,
                    "s_0 = 4, s_1 = 4^2 - 2 = 14, s_2 = 14^2 - 2 = 194 = 6 x 31 + 8: 8 (then 62 = 0 mod 31: 31 is prime).",
                    "square, subtract 2, and take the remainder mod 2^5 - 1 = 31, twice from s_0 = 4.");
            case "10.2" -> new Exercise("how many times longer a test of 2p takes than one of p, if the cost grows as p^2.5",
                    Math.pow(2, 2.5), 0.1,
                    "(2p)^2.5 / p^2.5 = 2^2.5, about 5.66: twice the digits, more than five times the time.",
                    "write the cost of 2p as c (2p)^2.5 and divide by c p^2.5.");
            default -> throw new IllegalArgumentException("no exercise " + id + " (exercises: 01.1-01.3, 02.1-02.3, 03.1, 03.3,"
                    + " 04.1-04.3, 05.1-05.3, 06a.1-06a.2, 06b.1, 07.1-07.2, 10.1-10.2; 01.4, 02.4, 03.2, 03.4, 04.4-04.6, 05.4,"
                    + " 06a.3, 06b.2, 07.3 and 10.3 are checked by running your code)");
        };
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    // Notebook 09: the learner's transfers, run by two threads in opposite directions under the JVM's deadlock finder.

    /** Exercise 09.1: a transfer that takes the two locks in one global order (by {@code Account.order()}). */
    public static void oneLockOrder(workbook.deadlock.Transfer transfer) throws InterruptedException {
        var run = workbook.deadlock.Deadlocks.race(transfer, 20_000, java.time.Duration.ofSeconds(20));
        String id = "Exercise 09.1: ";
        System.out.println(run.deadlocked() ? id + "not yet: deadlock (" + String.join("; ", run.cycle())
                        + "). Hint: take the lock of the account with the smaller order() first, whatever the direction."
                : !run.finished() ? id + "not yet: the transfers did not finish within 20 s. Hint: take each lock once, and let go of both."
                : run.total() != run.expectedTotal() || run.transfersDone() != 40_000
                        ? id + "not yet: money was lost or transfers were skipped. Hint: call from.moveOneTo(to) once per transfer."
                : run.outOfOrder() > 0 ? String.format(Locale.ROOT, id + "not yet: it finished this time, but %,d times a thread took"
                        + " the lock of A while holding B's: the deadlock can still happen. Hint: smaller order() first.", run.outOfOrder())
                : String.format(Locale.ROOT, id + "right. 40,000 transfers in %.3f s, every thread took A before B: no cycle can"
                        + " form, so no deadlock.", run.seconds()));
    }

    /** Exercise 09.2: a transfer that never waits without a limit while holding a lock: tryLock with a timeout, then back off. */
    public static void tryLockAndBackOff(workbook.deadlock.Transfer transfer) throws InterruptedException {
        var run = workbook.deadlock.Deadlocks.race(transfer, 20_000, java.time.Duration.ofSeconds(20));
        String id = "Exercise 09.2: ";
        System.out.println(run.deadlocked() ? id + "not yet: deadlock (" + String.join("; ", run.cycle())
                        + "). Hint: take the second lock with to.tryLock(1); if it fails, unlock the first and try again."
                : !run.finished() ? id + "not yet: the transfers did not finish within 20 s. Hint: after a failed tryLock, let go of"
                        + " the first lock, sleep a random moment, and retry."
                : run.total() != run.expectedTotal() || run.transfersDone() != 40_000
                        ? id + "not yet: money was lost or transfers were skipped. Hint: retry until the transfer is done, then return."
                : run.waitsWhileHolding() > 0 ? String.format(Locale.ROOT, id + "not yet: it finished, but %,d times a thread called"
                        + " lock() (no time limit) while holding the other lock. Hint: the second lock with tryLock.", run.waitsWhileHolding())
                : String.format(Locale.ROOT, id + "right. 40,000 transfers in %.3f s, no thread ever waited without a limit while"
                        + " holding a lock: a cycle cannot last.", run.seconds()));
    }
}
