package workbook.lock;

/**
 * Broken on purpose: {@code count++} is three steps (read, add one, write back), and two threads
 * can both read the same value and both write value + 1: one update is lost. The field is
 * {@code volatile} for one reason only: without it the JIT may keep the count in a register for
 * the whole loop of a racer and write it back once at the end (or fold the loop into one
 * addition), and then the race would be between a few big writes, not millions of small ones.
 * {@code volatile} makes every read and every write a real one that other threads can see, but it
 * does not make the three steps one: updates are still lost. Acceptable result: any count up to
 * the number of increments; with several threads on several cores, almost always less.
 */
public final class UnsafeCounter implements Counter {
    private volatile long count;

    @Override
    public void increment() {
        count++;                                   // read, add, write: another thread can slip in between
    }

    @Override
    public long get() {
        return count;
    }
}
