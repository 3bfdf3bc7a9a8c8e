package workbook.balance;

import java.util.function.IntPredicate;

/**
 * A way to share the numbers 1 .. limit-1 out among worker threads. The work is the same in every
 * way; what differs is who gets which numbers, and so whether some worker sits idle at the end.
 */
public interface Split {
    /** What the reader sees in a table: "static blocks", "interleaved", ... */
    String name();

    /** Tests every number of 1 .. limit-1 on {@code workers} threads; an interrupt stops them all. */
    Run search(int limit, int workers, IntPredicate test) throws InterruptedException;
}
