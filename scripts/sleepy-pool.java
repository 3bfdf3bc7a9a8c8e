///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/sleepy/*.java
//SOURCES ../src/main/java/workbook/ways/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/shared/*.java

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.cli.SleepyOptions;
import workbook.sleepy.SleepyMan;
import workbook.timing.Stopwatch;
import workbook.ways.FixedPool;

@Command(name = "sleepy-pool", mixinStandardHelpOptions = true,
        description = "A pool of 5 workers maps the sleepy function over 1..10 seconds: about 15 seconds.")
class SleepyPool implements Callable<Integer> {
    @Mixin SleepyOptions options;

    @Option(names = "--pool", paramLabel = "P", defaultValue = "5", description = "Workers in the pool (default: ${DEFAULT-VALUE}).")
    int poolSize;

    public Integer call() throws InterruptedException {
        Cli.atLeast(options.spec(), "--pool", 1, poolSize);
        var sleepy = new SleepyMan(options.second());
        List<Integer> seconds = IntStream.rangeClosed(1, 10).boxed().toList();
        var clock = Stopwatch.start();
        List<Integer> slept = new FixedPool(poolSize).map(seconds, sleepy::sleepyMan);   // like pool.map
        IO.println(clock.doneLine());
        return slept.equals(seconds) ? 0 : 1;          // results come back in input order
    }

    void main(String[] args) { Cli.run(this, args); }
}
