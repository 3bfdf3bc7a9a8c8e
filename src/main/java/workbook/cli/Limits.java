package workbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Sizes the parser accepts but the machine cannot hold: threads past what the machine allows,
 * numbers past what this JVM's memory holds. Each check refuses the value up front, with one
 * line that names the limit and why (exit code 2), before any work starts.
 */
public final class Limits {
    /** Threads the machine allows when no system file says: Linux's usual process-id limit. */
    public static final long FALLBACK_THREAD_ALLOWANCE = 32_768;
    /** The most threads a fork-join pool (parallel streams, work stealing) can have. */
    public static final int FORK_JOIN_MAX = 0x7fff;
    /** Child JVMs are whole processes: about this many threads and bytes of memory each. */
    public static final int THREADS_PER_CHILD_JVM = 25;
    public static final long BYTES_PER_CHILD_JVM = 100L << 20;

    private Limits() {}

    /**
     * How many threads (tasks, to Linux) the whole machine allows: the smallest of the kernel's
     * limits, the control group's and this user's, or {@value #FALLBACK_THREAD_ALLOWANCE} where
     * none can be read.
     */
    public static long threadAllowance() {
        long allowance = Long.MAX_VALUE;
        for (String file : List.of("/proc/sys/kernel/threads-max", "/proc/sys/kernel/pid_max",
                "/sys/fs/cgroup/pids.max", "/sys/fs/cgroup/pids/pids.max")) {
            allowance = Math.min(allowance, readNumber(Path.of(file)));
        }
        allowance = Math.min(allowance, userProcessLimit());
        return allowance == Long.MAX_VALUE ? FALLBACK_THREAD_ALLOWANCE : allowance;
    }

    /** Threads one run may start: a quarter of the machine's allowance (the rest is for every other program). */
    public static int maxThreads() {
        return (int) Math.min(FORK_JOIN_MAX, threadAllowance() / 4);
    }

    /** Refuses {@code value} threads past {@link #maxThreads()}. */
    public static int threads(CommandSpec spec, String option, int value) {
        int max = maxThreads();
        if (value > max) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "%s %,d is more threads than this machine allows one program: at most %,d"
                            + " (a quarter of its %,d threads, the rest kept for other programs)",
                    option, value, max, threadAllowance()));
        }
        return value;
    }

    /** Refuses more child JVMs than the machine's threads and memory hold. */
    public static int childJvms(CommandSpec spec, String option, int value) {
        long byThreads = maxThreads() / THREADS_PER_CHILD_JVM;
        long byMemory = physicalMemory() / BYTES_PER_CHILD_JVM;
        long max = Math.max(1, Math.min(byThreads, byMemory));
        if (value > max) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "%s %,d is more child JVMs than this machine holds: at most %,d"
                            + " (each is a whole process, about %d threads and %d MB; the machine allows %,d threads"
                            + " and has %s of memory)",
                    option, value, max, THREADS_PER_CHILD_JVM, BYTES_PER_CHILD_JVM >> 20, threadAllowance(),
                    bytes(physicalMemory())));
        }
        return value;
    }

    /** Items of {@code bytesEach} that fit in half of this JVM's memory (the other half for everything else). */
    public static long maxItems(long bytesEach) {
        return Runtime.getRuntime().maxMemory() / 2 / bytesEach;
    }

    /**
     * Refuses {@code count} items of {@code bytesEach} bytes (what {@code what} says they are)
     * when they would not fit in half of this JVM's memory.
     */
    public static long memory(CommandSpec spec, String option, long count, long bytesEach, String what) {
        long max = maxItems(bytesEach);
        if (count > max) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "%s %,d needs about %s for %s (%d bytes each), more than half of the %s this JVM may use:"
                            + " at most %,d (give the JVM more, e.g. jbang -R-Xmx16g ...)",
                    option, count, bytes(count * bytesEach), what, bytesEach,
                    bytes(Runtime.getRuntime().maxMemory()), max));
        }
        return count;
    }

    /** "6.0 GB", "512 MB". */
    public static String bytes(long bytes) {
        double gb = bytes / (double) (1L << 30);
        return gb >= 1 ? String.format(Locale.ROOT, "%.1f GB", gb) : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }

    private static long physicalMemory() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 4L << 30;
    }

    private static long readNumber(Path file) {
        try {
            // line by line: procfs reports a size of 0 or 4096, and a read by size comes back cut short
            List<String> lines = Files.readAllLines(file);
            String text = lines.isEmpty() ? "" : lines.getFirst().strip();
            return text.matches("\\d+") ? Long.parseLong(text) : Long.MAX_VALUE;   // "max": no limit
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** "Max processes" of /proc/self/limits: the threads this user may have (soft limit). */
    private static long userProcessLimit() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.startsWith("Max processes")) {
                    String soft = line.substring("Max processes".length()).strip().split("\\s+")[0];
                    return soft.matches("\\d+") ? Long.parseLong(soft) : Long.MAX_VALUE;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no such file
        }
        return Long.MAX_VALUE;
    }
}
