package workbook.lock;

/**
 * Broken on purpose: {@code count++} is three steps (read, add one, write back), and two threads
 * can both read the same value and both write value + 1: one update is lost. {@code volatile}
 * makes every step really go to memory (so the JIT cannot fold the loop into one addition), yet
 * does not make the three steps one: it does not help. Acceptable result: any count up to the
 * number of increments; with several threads on several cores, almost always less.
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
