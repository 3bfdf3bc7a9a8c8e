package workbook.ways;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbook.cli.Cli;

/** The {@code --workers} option: how many worker threads a pool gets; one per core by default. */
public final class WorkersOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--workers", paramLabel = "W",
            description = "Worker threads (default: one per available processor, here ${sys:workbook.cores}).")
    void workers(int value) {
        workers = Cli.atLeast(spec, "--workers", 1, value);
    }

    static {
        System.setProperty("workbook.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    }

    public int workers() {
        return workers;
    }
}
