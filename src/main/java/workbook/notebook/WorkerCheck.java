package workbook.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import workbook.perfect.PerfectNumbers;

/**
 * Runs a reader's parallel search with a test that records which thread tested each number:
 * the behaviour the exercises of notebooks 06a and 06b ask for, checked without reading the code.
 */
final class WorkerCheck {
    private WorkerCheck() {}

    /** What one call of the reader's search did. */
    record Seen(List<Integer> found, List<Integer> expected, int limit, AtomicIntegerArray tests,
                Map<Integer, Thread> testedBy, Thread caller, String failure) {

        /** Empty when every number was tested exactly once, by other threads than the caller, and the result is right. */
        String problem(int workers) {
            if (failure != null) {
                return "your search threw " + failure;
            }
            for (int n = 1; n < limit; n++) {
                if (tests.get(n) != 1) {
                    return "number " + n + " was tested " + tests.get(n) + " times (once is right)";
                }
            }
            if (testedBy.containsValue(caller)) {
                return "some numbers were tested on the calling thread; the workers should test them all";
            }
            long threads = threads().size();
            if (threads != workers) {
                return threads + " thread(s) tested the numbers, asked for " + workers;
            }
            if (!found.equals(expected)) {
                return "it returned " + found + ", expected " + expected + " (in increasing order)";
            }
            for (Thread thread : threads()) {
                try {
                    thread.join(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "interrupted";
                }
                if (thread.isAlive()) {
                    return "thread " + thread.getName() + " still runs after the search returned (join it, or close the pool)";
                }
            }
            return "";
        }

        List<Thread> threads() {
            return testedBy.values().stream().distinct().toList();
        }

        /** How many numbers the thread that tested {@code n} tested in all. */
        long testedWith(int n) {
            Thread thread = testedBy.get(n);
            return testedBy.values().stream().filter(t -> t == thread).count();
        }
    }

    /** Calls {@code search} on 1 .. limit-1 with {@code workers}; {@code slow} numbers sleep {@code slowMillis} first. */
    static Seen run(Check.Search search, int limit, int workers, IntPredicate slow, long slowMillis) {
        AtomicIntegerArray tests = new AtomicIntegerArray(limit);
        Map<Integer, Thread> testedBy = new ConcurrentHashMap<>();
        IntPredicate test = n -> {
            if (n > 0 && n < limit) {
                tests.incrementAndGet(n);
                testedBy.put(n, Thread.currentThread());
            }
            if (slow.test(n)) {
                try {
                    Thread.sleep(slowMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return PerfectNumbers.isPerfectToRoot(n);
        };
        List<Integer> expected = IntStream.range(1, limit).filter(PerfectNumbers::isPerfectToRoot).boxed().toList();
        List<Integer> found = new ArrayList<>();
        String failure = null;
        try {
            found = List.copyOf(search.perfectBelow(limit, workers, test));
        } catch (Exception e) {
            failure = e.toString();
        }
        return new Seen(found, expected, limit, tests, testedBy, Thread.currentThread(), failure);
    }
}
