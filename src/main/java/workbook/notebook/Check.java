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
            default -> throw new IllegalArgumentException("no exercise " + id + " (exercises: 01.1-01.3, 02.1-02.3, 03.1, 03.3;"
                    + " 03.2 is checked with Check.isPerfectFast)");
        };
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
