package workbook.lock;

/**
 * Broken on purpose: the flag is a plain field, and nothing orders the write in {@link #stop}
 * before any read in the loop (no happens-before). The JIT may then read {@code stopped} once,
 * before the loop, and never again: the loop runs on as if nobody had called {@code stop()}.
 * Acceptable results: the loop sees the flag at once, late, or never (until its deadline); all
 * are allowed by the Java memory model. Seen on JDK 25 once the loop is compiled: never.
 */
public final class UnsafeStopFlag implements StopFlag {
    private boolean stopped;

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public long spinUntilStopped(long deadlineNanos) {
        long spins = 0;
        while (!stopped && System.nanoTime() < deadlineNanos) {   // the JIT may read stopped only once
            spins++;
        }
        return spins;
    }
}
