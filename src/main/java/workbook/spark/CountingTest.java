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
    private static final Set<String> THREADS = ConcurrentHashMap.newKeySet();

    private CountingTest() {}

    /** isPerfect, counted; a Spark function (serializable) that can be shipped. */
    public static Function<Integer, Boolean> isPerfect() {
        return n -> {
            TESTED.incrementAndGet();
            THREADS.add(Thread.currentThread().getName());
            return PerfectNumbers.isPerfect(n);
        };
    }

    /** How many numbers were tested since the last {@link #reset}. */
    public static long tested() {
        return TESTED.get();
    }

    /** The names of the threads that tested them. */
    public static Set<String> threads() {
        return Set.copyOf(THREADS);
    }

    public static void reset() {
        TESTED.set(0);
        THREADS.clear();
    }
}
