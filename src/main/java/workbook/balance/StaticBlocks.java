package workbook.balance;

import java.util.function.IntPredicate;
import workbook.perfect.Slice;

/**
 * Cut 1 .. limit-1 into W blocks of equal length, one per worker, decided before the start:
 * halves on two workers. Fair in numbers, unfair in work when a number's cost grows with it.
 */
public final class StaticBlocks implements Split {
    @Override
    public String name() {
        return "static blocks";
    }

    /** Worker k's block. */
    public static Slice block(int k, int workers, int limit) {
        long count = Math.max(0, limit - 1);
        int from = (int) (1 + count * k / workers);
        int to = (int) (1 + count * (k + 1) / workers);
        return Slice.block(from, to);
    }

    @Override
    public Run search(int limit, int workers, IntPredicate test) throws InterruptedException {
        return Workers.run(name(), workers, k -> block(k, workers, limit).search(test));
    }

    /**
     * The efficiency to expect when a number n costs n - 1 steps (the guide's loop): the workers
     * wait for the last block, the heaviest, so efficiency = total work / (W × work of the last block).
     * For two halves of 1 .. N-1: the first half holds about 1/4 of the work, the second 3/4, so
     * the speedup is 4/3 and the efficiency 2/3, about 67 %. In general about W / (2W - 1).
     */
    public static double expectedEfficiency(int limit, int workers) {
        double total = 0;
        double heaviest = 0;
        for (int k = 0; k < workers; k++) {
            double steps = block(k, workers, limit).guideLoopSteps();
            total += steps;
            heaviest = Math.max(heaviest, steps);
        }
        return heaviest == 0 ? 1 : total / (workers * heaviest);
    }
}
