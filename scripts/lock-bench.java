///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//DEPS tech.tablesaw:tablesaw-core:0.44.4
//DEPS org.slf4j:slf4j-nop:2.0.17
//DEPS org.openjdk.jmh:jmh-core:1.37
//DEPS org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVAC_OPTIONS -proc:full
//RUNTIME_OPTIONS --sun-misc-unsafe-memory-access=allow
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/lock/*.java
//SOURCES ../src/main/java/workbook/shared/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/bench/*.java
//SOURCES lockbench/*.java

import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workbook.bench.LockCosts;
import workbook.cli.Cli;
import workbook.lock.CounterRace;

@Command(name = "lock-bench", mixinStandardHelpOptions = true,
        description = "The lock step's costs per increment measured with JMH (1 and 2 threads), next to the hand-rolled race of 'lock'.")
class LockBench implements Callable<Integer> {
    @Option(names = "--full", description = "The proper run: 3 forks, 5 warm-up and 5 measured iterations of 1 s (about 6 minutes on 2 cores).")
    boolean full;

    public Integer call() throws Exception {
        // The benchmark is lockbench.Increments: one shared counter, increment() called by 1, then 2 threads.
        // -proc:full above makes javac run JMH's annotation processor, which writes META-INF/BenchmarkList.
        List<LockCosts.Row> rows = new java.util.ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            Options options = new OptionsBuilder()
                    .include(lockbench.Increments.class.getName())
                    .threads(threads)
                    .forks(full ? 3 : 1)                       // each fork is a fresh JVM, started with our class path
                    .warmupIterations(full ? 5 : 1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(full ? 5 : 4).measurementTime(TimeValue.seconds(1))
                    .verbosity(VerboseMode.SILENT)
                    .build();
            IO.println("JMH, " + threads + " thread(s): " + (full ? "3 forks x 5 iterations" : "1 fork x 4 iterations") + " per counter ...");
            for (RunResult result : new Runner(options).run()) {
                rows.add(LockCosts.fromJmh(result.getParams().getParam("counter"), threads,
                        result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()));
            }
        }
        // The hand-rolled figures, as the lock step takes them: one JVM, every counter in turn.
        IO.println("Hand-rolled race (the lock step's CounterRace), 1 and 2 threads ...");
        for (int threads : new int[] {1, 2}) {
            for (CounterRace.Result r : CounterRace.raceAll(threads, 5_000_000)) {
                LockCosts.addHandRolled(rows, r.counter(), threads, r.nanosPerIncrement());
            }
        }
        IO.println(LockCosts.table(rows).print());
        LockCosts.explainOrder(rows, full).forEach(IO::println);
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
