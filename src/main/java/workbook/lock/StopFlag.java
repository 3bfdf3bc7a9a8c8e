package workbook.lock;

/**
 * A worker that spins until another thread calls {@link #stop}: the shape of every "keep going
 * until told" loop. Whether the spinning thread ever sees the call depends on how the flag is
 * written ({@link UnsafeStopFlag}, {@link VolatileStopFlag}).
 */
public interface StopFlag {
    /** Called from another thread: asks the spinning thread to stop. */
    void stop();

    /**
     * Spins until it sees {@link #stop} or until {@code System.nanoTime()} passes
     * {@code deadlineNanos}, whichever comes first; returns how many times it went round.
     * The deadline keeps a loop that never sees the flag from spinning for ever.
     */
    long spinUntilStopped(long deadlineNanos);

    /** The class's simple name, as the reader sees it. */
    default String name() {
        return getClass().getSimpleName();
    }
}
