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
            case "10.1" -> new Exercise("s_2 of the Lucas-Lehmer test for p = 5 (mod 31)",
                    8, 0,
                    "s_0 = 4, s_1 = 4^2 - 2 = 14, s_2 = 14^2 - 2 = 194 = 6 x 31 + 8: 8 (then 62 = 0 mod 31: 31 is prime).",
                    "square, subtract 2, and take the remainder mod 2^5 - 1 = 31, twice from s_0 = 4.");
            case "10.2" -> new Exercise("how many times longer a test of 2p takes than one of p, if the cost grows as p^2.5",
                    Math.pow(2, 2.5), 0.1,
                    "(2p)^2.5 / p^2.5 = 2^2.5, about 5.66: twice the digits, more than five times the time.",
                    "write the cost of 2p as c (2p)^2.5 and divide by c p^2.5.");
            default -> throw new IllegalArgumentException("no exercise " + id + " (exercises: 01.1-01.3, 02.1-02.3, 03.1, 03.3,"
                    + " 04.1-04.3, 05.1-05.3, 06.1-06.3, 07.1-07.2, 10.1-10.2; 03.2 and 10.3 are checked with Check.isPerfectFast and Check.hunt)");
        };
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
