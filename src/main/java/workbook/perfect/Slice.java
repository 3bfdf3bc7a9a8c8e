package workbook.perfect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A share of the search: the numbers {@code from}, {@code from + step}, {@code from + 2 step}, ...
 * below {@code to}. With step 1 it is a block of consecutive numbers; with step W, worker k of W
 * taking {@code from = k} gets every W-th number (interleaved). Threads and child JVMs search
 * their shares with the same code.
 */
public record Slice(int from, int to, int step) {
    public Slice {
        if (step < 1) {
            throw new IllegalArgumentException("step must be at least 1, got " + step);
        }
    }

    /** The numbers {@code from .. to-1}, one after the other. */
    public static Slice block(int from, int to) {
        return new Slice(from, to, 1);
    }

    /** Worker {@code k} of {@code workers} (k from 0): every workers-th number of 1 .. limit-1, from 1 + k. */
    public static Slice interleaved(int k, int workers, int limit) {
        return new Slice(1 + k, limit, workers);
    }

    /** How many numbers the slice holds. */
    public long size() {
        return from >= to ? 0 : ((long) to - from + step - 1) / step;
    }

    /** The numbers of the slice that pass {@code test}, in increasing order. Stops early when interrupted. */
    public List<Integer> search(IntPredicate test) throws InterruptedException {
        List<Integer> found = new ArrayList<>();
        for (long n = from; n < to; n += step) {             // long: n + step must not wrap around
            if (Thread.interrupted()) {                        // clears the flag, as a blocking call would
                throw new InterruptedException("stopped at " + n);
            }
            if (test.test((int) n)) {
                found.add((int) n);
            }
        }
        return found;
    }

    /** The perfect numbers of the slice, with the guide's test. */
    public List<Integer> perfectNumbers() throws InterruptedException {
        return search(PerfectNumbers::isPerfect);
    }

    /** Roughly how many steps the guide's loop takes over this slice: n - 1 for each n. */
    public double guideLoopSteps() {
        long count = size();
        if (count == 0) {
            return 0;
        }
        double last = from + (double) step * (count - 1);
        return count * ((from + last) / 2 - 1);               // arithmetic series of n - 1
    }

    @Override
    public String toString() {
        long size = size();
        if (size == 0) {
            return "no numbers";
        }
        if (size == 1) {
            return String.valueOf(from);
        }
        if (step == 1) {
            return from + " .. " + (to - 1);
        }
        if (size <= 3) {
            return size == 2 ? from + ", " + (from + step) : from + ", " + (from + step) + ", " + (from + 2 * step);
        }
        return from + ", " + (from + step) + ", " + (from + 2 * step) + ", ... below " + to;
    }
}
