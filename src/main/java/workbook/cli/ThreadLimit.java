package workbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * How many platform threads one step may start. The operating system allows a fixed number of
 * threads for all programs of the machine together (on Linux the smallest of kernel.pid_max,
 * kernel.threads-max and the cgroup's pids.max; about 32,000 on a typical machine); a step that
 * took them all would break every other program, and its own threads would wait for ever for the
 * ones it could not start. One step takes at most a quarter of that allowance.
 */
public final class ThreadLimit {
    private ThreadLimit() {}

    /** Used where the machine does not say (not Linux): Linux's usual kernel.pid_max. */
    static final long USUAL_ALLOWANCE = 32_768;

    /** The threads this machine allows all its programs together, and where that figure comes from. */
    public record Allowance(long threads, String source) {}

    public static Allowance machine() {
        Allowance best = new Allowance(USUAL_ALLOWANCE, "the usual kernel.pid_max");
        boolean read = false;
        for (String[] file : new String[][] {{"/proc/sys/kernel/pid_max", "kernel.pid_max"},
                {"/proc/sys/kernel/threads-max", "kernel.threads-max"}, {"/sys/fs/cgroup/pids.max", "the cgroup's pids.max"}}) {
            long value = readNumber(Path.of(file[0]));
            if (value > 0 && (!read || value < best.threads())) {
                best = new Allowance(value, file[1]);
                read = true;
            }
        }
        return best;
    }

    /** The most platform threads one step may start: a quarter of the machine's allowance. */
    public static int perStep() {
        return (int) Math.min(Integer.MAX_VALUE, machine().threads() / 4);
    }

    /**
     * Checks a count of platform threads as picocli reads it: at least 1, at most {@link #perStep}.
     * {@code what} names the threads in the message ("--producers and --consumers together").
     */
    public static int check(CommandSpec spec, String what, long value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "%s must be at least 1, got %d".formatted(what, value));
        }
        int max = perStep();
        if (value > max) {
            Allowance machine = machine();
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "%s must be at most %,d, got %,d: this machine allows %,d threads for all its programs"
                    + " together (%s), and one step takes at most a quarter", what, max, value, machine.threads(), machine.source()));
        }
        return (int) value;
    }

    private static long readNumber(Path file) {
        try {
            // readAllLines, not readString: files under /proc report a size of 0, and readString reads one byte
            String text = String.join("", Files.readAllLines(file)).strip();
            return text.matches("\\d{1,18}") ? Long.parseLong(text) : -1;   // pids.max may say "max"
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
