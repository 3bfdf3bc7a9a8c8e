package workbook.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
                    "isPerfect(n) takes about n steps, so all numbers below N take about N²/2: twice N, four times the work.",
                    "how many steps does isPerfect(n) take, and what is 1 + 2 + ... + N roughly?");
            case "03.3" -> new Exercise("the share of the loop's work in the upper half N/2 .. N",
                    0.75, 0.05,
                    "The steps below N add up to about N²/2, below N/2 to about N²/8: the upper half holds 3/8 of 4/8, three quarters."
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
            case "05.1" -> new Exercise("speedup of 4 CPU-bound Python threads over 1, under the GIL, on 4 cores",
                    1, 0.25,
                    "The GIL lets one thread at a time run Python code: the four take turns on one core's worth of time, no faster than one.",
                    "how many threads may run Python code at the same moment under the GIL?");
            case "05.2" -> new Exercise("virtual threads started in the time of one child JVM (50 ms vs 1 µs)",
                    50_000, 500,
                    "50 ms = 50,000 µs: about fifty thousand virtual threads for the start of one JVM.",
                    "write both in microseconds: 1 ms = 1000 µs.");
            case "05.3" -> new Exercise("JVMs that stop when one child JVM crashes",
                    1, 0,
                    "Only the child: the parent sees an exit code (and the output) through its pipe and decides what to do.",
                    "a child JVM is a process of its own, with its own memory. What does its crash touch?");
            case "06.1" -> new Exercise("seconds for 10,000 sleepers on a pool of 2,000 platform threads",
                    5, 0.25,
                    "2,000 sleep at a time, one second per round: ceil(10000 / 2000) = 5 rounds, about 5 seconds.",
                    "how many sleepers can be asleep at once, and how many rounds does that take?");
            case "06.2" -> new Exercise("expected efficiency of static blocks on 4 workers",
                    workbook.balance.StaticBlocks.expectedEfficiency(100_000, 4), 0.02,
                    "The last block holds 7/16 of the work (the blocks cost 1, 3, 5, 7 sixteenths): 4 workers wait for it,"
                    + " so efficiency = 1 / (4 × 7/16) = 4/7, about 0.57.",
                    "number n costs about n steps: what share of the work lies in the last quarter, 3N/4 .. N?");
            case "06.3" -> new Exercise("Amdahl's limit with a serial fraction of 0.1",
                    10, 0.25,
                    "With s = 0.1 the serial part alone takes a tenth of the one-core time, whatever the cores: at most 1 / s = 10×.",
                    "let the number of cores grow without end in 1 / (s + (1 - s) / p).");
            case "07.1" -> new Exercise("default partitions of local[*] on a 4-core machine, 8 per core",
                    32, 0,
                    "local[*] runs one executor thread per core, 4 here, and the workbook asks for 8 partitions per core: 32.",
                    "how many cores does local[*] use on 4 cores, and how many partitions per core?");
            case "07.2" -> new Exercise("seconds for a job with 2 s of start-up and 6 s of work on 6 cores",
                    3, 0.1,
                    "The start-up does not shrink with cores: 2 s + 6 s / 6 = 3 s at best.",
                    "which part of the time divides by the cores, and which does not?");
            default -> throw new IllegalArgumentException("no exercise " + id + " (exercises: 01.1-01.3, 02.1-02.3, 03.1, 03.3,"
                    + " 04.1-04.3, 05.1-05.3, 06.1-06.3, 07.1-07.2; 03.2 is checked with Check.isPerfectFast)");
        };
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
