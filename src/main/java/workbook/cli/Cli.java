package workbook.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Runs a script's command: parses its options, runs it, and exits with its code. Bad input
 * gets one line on stderr, a usage hint and exit code 2; an error while running gets one
 * line and exit code 1. No stack traces for the reader.
 */
public final class Cli {
    public static final int BAD_INPUT = 2;

    /** The workbook's version, as in pom.xml (a test checks that they agree); {@code -V} prints it. */
    public static final String VERSION = "1.0";

    /** How every number prints, said at the end of every script's {@code --help}. */
    public static final String NUMBERS_RULE = "Numbers print the same way in every line and on every machine"
            + " (Locale.ROOT): a point before the decimals, commas between thousands (12,345.678); plain ASCII only.";

    private Cli() {}

    /**
     * Parses {@code args} into {@code command} and runs it. On failure the JVM exits with the
     * error's code at once; on success main just returns, and the JVM ends as usual once every
     * non-daemon thread has ended (a script that leaves threads running shows that wait).
     */
    public static void run(Object command, String[] args) {
        int code = execute(command, args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Like {@link #run} but returns the exit code (for tests). */
    public static int execute(Object command, String[] args) {
        // One rule for every number of the run, tables included, whatever the machine's language.
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.ROOT);
        CommandLine line = new CommandLine(command);
        var spec = line.getCommandSpec();
        if (spec.version().length == 0) {
            spec.version(spec.name() + " (Parallel Java workbook " + VERSION + ", Java " + Runtime.version() + ")");
        }
        String[] footer = spec.usageMessage().footer();
        String[] withRule = java.util.Arrays.copyOf(footer, footer.length + 1);
        withRule[footer.length] = NUMBERS_RULE;
        spec.usageMessage().footer(withRule);
        line.setParameterExceptionHandler(Cli::badInput);
        line.setExecutionExceptionHandler((error, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println(cmd.getCommandName() + ": " + describe(error));
            err.flush();
            return cmd.getCommandSpec().exitCodeOnExecutionException();
        });
        return line.execute(args);
    }

    private static int badInput(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandName();
        err.println(name + ": " + e.getMessage());
        err.println("Usage: see '" + name + " --help'");
        err.flush();
        return BAD_INPUT;
    }

    /** The longest error line a reader gets: a job cancelled inside Spark says far more than this. */
    static final int MAX_LINE = 160;

    private static String describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException) {
                return "interrupted";                   // also when a library (Spark) wrapped the interrupt
            }
        }
        String message = error.getMessage();
        // the first line only: some errors (a failed Spark job) carry a whole remote stack trace
        String line = message == null ? error.getClass().getSimpleName() : message.lines().findFirst().orElse("");
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 3) + "...";
    }

    /** Checks an option's value as picocli reads it; a bad value becomes a one-line error. */
    public static int atLeast(CommandLine.Model.CommandSpec spec, String option, int min, int value) {
        if (value < min) {
            throw new ParameterException(spec.commandLine(),
                    "%s must be at least %d, got %d".formatted(option, min, value));
        }
        return value;
    }
}
