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

    /**
     * Bytes one number costs a step that maps over a list: the boxed number, its place in the
     * list, its result, and the task a pool queues for it.
     */
    public static final int BYTES_PER_NUMBER = 128;

    /**
     * The numbers the guide searches: 1 .. N-1. An N whose list, results and tasks would not fit
     * in this JVM's memory is refused first (bad input, exit code 2), before any work.
     */
    public List<Integer> numbers() {
        Limits.memory(spec, "--n", n, BYTES_PER_NUMBER, "the numbers, their results and their tasks");
        return IntStream.range(1, n).boxed().toList();
    }
}
