package workbook.cli;

import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The option every sleepy script shares: how long one of the guide's seconds lasts. */
public final class SleepyOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int secondMs = 1000;

    @Option(names = "--second-ms", paramLabel = "MS", defaultValue = "1000",
            description = "How long one of the guide's seconds lasts, in milliseconds (default: ${DEFAULT-VALUE}).")
    void secondMs(int value) {
        secondMs = Cli.atLeast(spec, "--second-ms", 1, value);
    }

    /** The command this option belongs to, for checks of the script's other options. */
    public CommandSpec spec() {
        return spec;
    }

    public Duration second() {
        return Duration.ofMillis(secondMs);
    }
}
