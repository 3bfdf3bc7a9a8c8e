///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//DEPS tech.tablesaw:tablesaw-core:0.44.4
//DEPS org.slf4j:slf4j-nop:2.0.17
//RUNTIME_OPTIONS --sun-misc-unsafe-memory-access=allow
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/lock/*.java
//SOURCES ../src/main/java/workbook/shared/*.java

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbook.cli.Cli;
import workbook.lock.CounterRace;

@Command(name = "lock", mixinStandardHelpOptions = true,
        description = "Threads raise one shared counter at once: UnsafeCounter loses updates; synchronized, "
                + "ReentrantLock, AtomicLong and LongAdder count exactly. Their costs side by side.")
class Lock implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2", description = "Threads raising the counter at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--increments", paramLabel = "I", defaultValue = "20000000",
            description = "Increments per thread (default: ${DEFAULT-VALUE}; with few, the threads may hardly overlap and lose nothing).")
    int increments;

    public Integer call() throws InterruptedException {
        Cli.atLeast(spec, "--threads", 1, threads);
        Cli.atLeast(spec, "--increments", 1, increments);
        // Each counter in turn: `threads` threads, let go at the same moment, each calling
        // counter.increment() `increments` times. UnsafeCounter does count++ with no lock.
        List<CounterRace.Result> results = CounterRace.raceAll(threads, increments);
        var unsafe = results.getFirst();
        if (unsafe.lost() > 0) {
            IO.println(String.format(Locale.ROOT, "UnsafeCounter lost %,d of %,d updates (%.1f %%): two threads read the same value,"
                    + " and both wrote back that value plus one.", unsafe.lost(), unsafe.expected(), unsafe.lostPercent()));
        } else {
            IO.println("UnsafeCounter lost nothing this time: " + (threads == 1 ? "one thread has no one to race with."
                    : "the threads took turns instead of running at the same moment (a busy machine?); run it again."));
        }
        IO.println(CounterRace.table("One counter, " + threads + " threads, " + increments + " increments each", results).print());
        boolean safeOnesExact = results.stream().skip(1).allMatch(r -> r.lost() == 0);
        IO.println(safeOnesExact ? "synchronized, ReentrantLock, AtomicLong and LongAdder: every update counted."
                : "A safe counter lost updates: this should never happen.");
        return safeOnesExact ? 0 : 1;
    }

    void main(String[] args) { Cli.run(this, args); }
}
