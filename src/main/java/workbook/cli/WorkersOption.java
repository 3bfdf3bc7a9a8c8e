package workbook.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --workers} option: how many worker threads a pool gets; one per core by default. */
public final class WorkersOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--workers", paramLabel = "W",
            description = "Worker threads (default: one per available processor;"
                    + " at most a quarter of the threads the machine allows).")
    void workers(int value) {
        workers = Limits.threads(spec, "--workers", Cli.atLeast(spec, "--workers", 1, value));
    }

    public int workers() {
        return workers;
    }
}
