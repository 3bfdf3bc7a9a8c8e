package workbook.hunt;

import java.io.Serializable;
import java.math.BigInteger;

/**
 * One exponent tested: its verdict, the factor trial factoring found (0 if none), which worker
 * ran it and when (nanoseconds from the start of the run), so that a run can be drawn as a timeline,
 * and the processor time the test took on its thread (which other programs on the machine do not stretch).
 */
public record Outcome(int p, Verdict verdict, long factor, String worker, long startNanos, long endNanos,
        long cpuNanos) implements Serializable {
    public boolean prime() {
        return verdict == Verdict.PRIME;
    }

    public double seconds() {
        return (endNanos - startNanos) / 1e9;
    }

    public double cpuSeconds() {
        return cpuNanos / 1e9;
    }

    /** The perfect number this exponent gives (only when {@link #prime()}). */
    public BigInteger perfect() {
        return Mersenne.perfect(p);
    }
}
