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
        CommandLine line = new CommandLine(command);
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

    private static String describe(Throwable error) {
        if (error instanceof InterruptedException) {
            return "interrupted";
        }
        String message = error.getMessage();
        // the first line only: some errors (a failed Spark job) carry a whole remote stack trace
        return message == null ? error.getClass().getSimpleName() : message.lines().findFirst().orElse("");
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
