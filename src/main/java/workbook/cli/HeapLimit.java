package workbook.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * How big a size option may be when the program must hold that many things in memory: at most
 * what fits in a quarter of this JVM's heap ({@code -Xmx}; by default a quarter of the machine's
 * memory), so that the rest of the run has room too. A size past that would end, after a while,
 * in an {@code OutOfMemoryError}; refused up front, it costs the reader one line.
 */
public final class HeapLimit {
    private HeapLimit() {}

    /** The most things of {@code bytesEach} bytes that fit in a quarter of the heap. */
    public static long most(long bytesEach) {
        return Runtime.getRuntime().maxMemory() / 4 / bytesEach;
    }

    /**
     * Checks {@code value} as picocli reads it: at least 1, at most {@link #most}. {@code what}
     * says what takes the memory, as in "the queue's array takes 8 bytes per slot up front".
     */
    public static int check(CommandSpec spec, String option, long value, long bytesEach, String what) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "%s must be at least 1, got %d".formatted(option, value));
        }
        long max = Math.min(Integer.MAX_VALUE, most(bytesEach));
        if (value > max) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "%s must be at most %,d, got %,d: %s (%d bytes each), and a quarter of this JVM's heap of %,d MB"
                    + " holds no more", option, max, value, what, bytesEach, Runtime.getRuntime().maxMemory() >> 20));
        }
        return (int) value;
    }
}
