package workbook.balance;

import java.util.function.IntPredicate;
import workbook.perfect.Slice;

/**
 * Deal the numbers out like cards: worker k of W takes 1 + k, 1 + k + W, 1 + k + 2W, ...
 * Still decided before the start, but every worker gets small and large numbers alike, so the
 * shares cost almost the same.
 */
public final class Interleaved implements Split {
    @Override
    public String name() {
        return "interleaved";
    }

    @Override
    public Run search(int limit, int workers, IntPredicate test) throws InterruptedException {
        return Workers.run(name(), workers, k -> Slice.interleaved(k, workers, limit).search(test));
    }
}
