package workbook.lock;

/**
 * The fix: a write of a {@code volatile} field happens-before every later read of it, so the loop
 * must read {@code stopped} again each time round and sees {@link #stop} soon after it is called.
 * Forbidden result: a loop that runs on to its deadline after {@code stop()}.
 */
public final class VolatileStopFlag implements StopFlag {
    private volatile boolean stopped;

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public long spinUntilStopped(long deadlineNanos) {
        long spins = 0;
        while (!stopped && System.nanoTime() < deadlineNanos) {   // a volatile read, each time round
            spins++;
        }
        return spins;
    }
}
