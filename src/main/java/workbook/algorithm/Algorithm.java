package workbook.algorithm;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import workbook.perfect.LinearSieve;
import workbook.perfect.PerfectNumbers;
import workbook.perfect.Slice;
import workbook.ways.FixedPool;

/**
 * A way to find the perfect numbers below N, and how its cost grows with N: enough to predict,
 * from one measurement, how long it would take at a larger N.
 *
 * @param name       what the reader sees
 * @param growthName how the cost grows, in words: "N^2", "N^1.5", "N log N", "N"
 * @param growth     the cost at N, up to a constant factor: N² for the guide's loop, N^1.5 for the loop to √n, ...
 * @param search     the perfect numbers below N, in increasing order
 */
public record Algorithm(String name, String growthName, DoubleUnaryOperator growth, Search search) {
    /** The search itself; it may be interrupted. */
    @FunctionalInterface
    public interface Search {
        List<Integer> perfectBelow(int limit) throws InterruptedException;
    }

    /** Seconds at {@code toN}, predicted from {@code seconds} measured at {@code fromN}. */
    public double predict(double seconds, int fromN, int toN) {
        return seconds * growth.applyAsDouble(toN) / growth.applyAsDouble(fromN);
    }

    /** The guide's loop: every i below n, for every n. About N²/2 steps. */
    public static Algorithm guideLoop() {
        return new Algorithm("guide's loop", "N^2", n -> n * n, limit -> Slice.block(1, limit).perfectNumbers());
    }

    /** The guide's loop on a pool of {@code workers} threads, like the guide's Pool().map. */
    public static Algorithm guideLoopOnPool(int workers) {
        return new Algorithm("guide's loop, pool of " + workers, "N^2", n -> n * n, limit -> {
            List<Integer> numbers = IntStream.range(1, limit).boxed().toList();
            List<Boolean> perfect = new FixedPool(workers).map(numbers, PerfectNumbers::isPerfect);
            return IntStream.range(0, numbers.size()).filter(perfect::get).mapToObj(numbers::get).toList();
        });
    }

    /** Divisors in pairs, up to √n. About (2/3) N^1.5 steps. */
    public static Algorithm loopToRoot() {
        return new Algorithm("loop to sqrt(n)", "N^1.5", n -> Math.pow(n, 1.5),
                limit -> Slice.block(1, limit).search(PerfectNumbers::isPerfectToRoot));
    }

    /** Every d added to its multiples. About N ln N additions, scattered through memory. */
    public static Algorithm divisorSumSieve() {
        return new Algorithm("divisor-sum sieve", "N log N", n -> n * Math.log(n), PerfectNumbers::perfectBelow);
    }

    /** Smallest prime factors and multiplicative σ. About N steps, mostly in order. */
    public static Algorithm linearSieve() {
        return new Algorithm("linear sieve", "N", n -> n, LinearSieve::perfectBelow);
    }

    /** The lesson's ways, slowest first; the pool uses {@code workers} threads. */
    public static List<Algorithm> all(int workers) {
        return List.of(guideLoop(), guideLoopOnPool(workers), loopToRoot(), divisorSumSieve(), linearSieve());
    }
}
