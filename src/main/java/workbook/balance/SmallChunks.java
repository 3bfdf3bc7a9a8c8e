package workbook.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import workbook.perfect.Slice;

/**
 * Decided while running: each worker takes the next chunk of {@code chunk} numbers from a shared
 * counter, and comes back for another when done. A worker that drew cheap chunks simply takes
 * more; at the end at most one chunk's work is left for one worker.
 */
public final class SmallChunks implements Split {
    private final int chunk;

    public SmallChunks(int chunk) {
        if (chunk < 1) {
            throw new IllegalArgumentException("a chunk needs at least 1 number, got " + chunk);
        }
        this.chunk = chunk;
    }

    @Override
    public String name() {
        return "chunks of " + chunk;
    }

    @Override
    public Run search(int limit, int workers, IntPredicate test) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(1);
        return Workers.run(name(), workers, k -> {
            List<Integer> found = new ArrayList<>();
            for (int from = next.getAndAdd(chunk); from < limit && from > 0; from = next.getAndAdd(chunk)) {
                found.addAll(Slice.block(from, (int) Math.min(limit, (long) from + chunk)).search(test));
            }
            return found;
        });
    }
}
