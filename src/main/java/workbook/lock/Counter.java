package workbook.lock;

/**
 * A counter that many threads raise at once. Each implementation here makes a different promise
 * about what {@link #increment} does when two threads call it at the same moment.
 */
public interface Counter {
    /** Adds one. */
    void increment();

    /** The count so far. */
    long get();

    /** The class's simple name, as the reader sees it in a table. */
    default String name() {
        return getClass().getSimpleName();
    }
}
