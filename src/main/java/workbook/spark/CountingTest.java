package workbook.spark;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.function.Function;
import workbook.perfect.PerfectNumbers;

/**
 * The guide's perfect test, counting where and how often it runs: shows that a transformation
 * ({@code filter}) runs nothing, and that the action ({@code collect}) runs it on Spark's executor
 * threads. The counts are this JVM's, so they see only {@code local} masters, not a cluster.
 */
public final class CountingTest {
    private static final AtomicLong TESTED = new AtomicLong();
    private static final Set<Long> THREADS = ConcurrentHashMap.newKeySet();

    private CountingTest() {}

    /** isPerfect, counted; a Spark function (serializable) that can be shipped. */
    public static Function<Integer, Boolean> isPerfect() {
        return n -> {
            TESTED.incrementAndGet();
            THREADS.add(Thread.currentThread().threadId());
            return PerfectNumbers.isPerfect(n);
        };
    }

    /** How many numbers were tested since the last {@link #reset}. */
    public static long tested() {
        return TESTED.get();
    }

    /** The ids of the threads that tested them (Spark renames its threads for every task, so not their names). */
    public static Set<Long> threads() {
        return Set.copyOf(THREADS);
    }

    public static void reset() {
        TESTED.set(0);
        THREADS.clear();
    }

    /**
     * {@code "<when>: 0 numbers tested"}, or how many were tested on how many threads, and whether
     * the calling thread (the driver's) was among them.
     */
    public static String seen(String when) {
        long tested = tested();
        if (tested == 0) {
            return when + ": 0 numbers tested";
        }
        boolean here = THREADS.contains(Thread.currentThread().threadId());
        return when + ": " + tested + " numbers tested on " + THREADS.size() + " thread(s), "
                + (here ? "the driver's own among them" : "none of them the driver's");
    }
}
