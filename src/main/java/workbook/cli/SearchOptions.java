package workbook.cli;

import java.util.List;
import java.util.stream.IntStream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options of the perfect-number scripts: how far to search. */
public final class SearchOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int n = 100_000;

    @Option(names = "--n", paramLabel = "N", defaultValue = "100000",
            description = "Search the numbers 1 .. N-1, as the guide does (default: ${DEFAULT-VALUE}).")
    void n(int value) {
        n = Cli.atLeast(spec, "--n", 2, value);
    }

    public int n() {
        return n;
    }

    public CommandSpec spec() {
        return spec;
    }

    /** The numbers the guide searches: 1 .. N-1. */
    public List<Integer> numbers() {
        return IntStream.range(1, n).boxed().toList();
    }
}
