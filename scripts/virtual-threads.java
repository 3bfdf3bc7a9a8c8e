///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/sleepy/*.java
//SOURCES ../src/main/java/workbook/virtual/*.java

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.cli.Limits;
import workbook.cli.SleepyOptions;
import workbook.virtual.Sleepers;

@Command(name = "virtual-threads", mixinStandardHelpOptions = true,
        description = "Ten thousand sleepers, one virtual thread each, all wake after about one second; "
                + "a fixed pool of platform threads needs ceil(sleepers / pool) seconds for the same work.")
class VirtualThreads implements Callable<Integer> {
    @Mixin SleepyOptions options;

    @Option(names = "--sleepers", paramLabel = "S", defaultValue = "10000", description = "Tasks that each sleep one second (default: ${DEFAULT-VALUE}).")
    int sleepers;

    @Option(names = "--pool", paramLabel = "P", defaultValue = "2000",
            description = "Platform threads in the pool (default: ${DEFAULT-VALUE}, so the default run takes about 5 + 1 seconds).")
    int poolSize;

    public Integer call() throws InterruptedException {
        Limits.memory(options.spec(), "--sleepers", Cli.atLeast(options.spec(), "--sleepers", 1, sleepers),
                Sleepers.BYTES_PER_SLEEPER, "the sleeping virtual threads");
        Limits.threads(options.spec(), "--pool", Cli.atLeast(options.spec(), "--pool", 1, poolSize));
        var second = options.second();

        var virtual = Sleepers.onVirtualThreads(sleepers, second);        // one virtual thread per sleeper
        report(virtual, "about 1 second: they all sleep at once");
        var pool = Sleepers.onPlatformPool(sleepers, poolSize, second);   // the sleepers queue for the pool's threads
        report(pool, String.format(Locale.ROOT, "ceil(%d / %d) = %d seconds: %d asleep at a time",
                sleepers, poolSize, Sleepers.predictedPoolSeconds(sleepers, poolSize), Math.min(poolSize, sleepers)));
        IO.println("Time above the rounds of sleep is the price of starting the threads: cheap for virtual ones,"
                + " about a hundred times more for each platform thread (see threads-vs-processes).");
        return virtual.woke() == sleepers && pool.woke() == sleepers ? 0 : 1;
    }

    private void report(Sleepers.Run run, String predicted) {
        double ours = run.seconds() * 1000 / options.second().toMillis();   // in the guide's seconds
        IO.println(String.format(Locale.ROOT, "%,d sleepers, %s (%,d threads): %,d woke after %.2f seconds (predicted: %s)",
                run.sleepers(), run.way(), run.threads(), run.woke(), ours, predicted));
    }

    void main(String[] args) { Cli.run(this, args); }
}
