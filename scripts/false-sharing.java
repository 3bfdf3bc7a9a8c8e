///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/sharing/*.java
//SOURCES ../src/main/java/workbook/timing/*.java

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import workbook.cli.Cli;
import workbook.sharing.CacheLines;
import workbook.timing.Timings;

@Command(name = "false-sharing", mixinStandardHelpOptions = true,
        description = "Two threads, two counters, nothing shared: adjacent counters (one cache line) against counters 128 bytes apart.")
class FalseSharing implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--increments", paramLabel = "I", defaultValue = "50000000",
            description = "Increments per thread (1 to 1,000,000,000; default: ${DEFAULT-VALUE}).")
    int increments;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5", description = "Timed runs of each layout (1 to 50; default: ${DEFAULT-VALUE}).")
    int runs;

    public Integer call() throws InterruptedException {
        Cli.atLeast(spec, "--increments", 1, increments);
        Cli.atLeast(spec, "--runs", 1, runs);
        if (increments > 1_000_000_000 || runs > 50) {
            throw new ParameterException(spec.commandLine(), "--increments must be at most 1000000000 and --runs at most 50");
        }
        IO.println(CacheLines.topology());
        CacheLines.race(CacheLines.ADJACENT, increments / 10);      // warm-up: let the JIT compile the loop first
        CacheLines.race(CacheLines.PADDED, increments / 10);
        // Thread 1 raises counters[0], thread 2 counters[gap]: 8 bytes apart (one line), or 128 bytes apart.
        Timings adjacent = Timings.of(runs, () -> CacheLines.race(CacheLines.ADJACENT, increments));
        Timings padded = Timings.of(runs, () -> CacheLines.race(CacheLines.PADDED, increments));
        IO.println("Adjacent (8 bytes apart, one cache line): " + adjacent);
        IO.println("Padded (128 bytes apart):                 " + padded);
        double ratio = adjacent.median() / padded.median();
        IO.println(String.format(Locale.ROOT, "Adjacent / padded, medians: %.2f x (range of run ratios %.2f to %.2f)",
                ratio, adjacent.min() / padded.max(), adjacent.max() / padded.min()));
        IO.println(ratio > 1.3
                ? "False sharing: the line bounces between the two cores' caches on every write."
                : ratio >= 0.9
                ? "Little difference here: two CPUs that share one core (one L1 cache), or a hypervisor that runs both"
                  + " vCPUs on one host core, or a busy machine, hide the effect."
                : "No false sharing to see on this run: padded was not faster. On a busy machine the two threads seldom"
                  + " run at the same moment (see the spreads); run again on a quiet one.");
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
