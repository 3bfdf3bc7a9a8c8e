///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/sleepy/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/shared/*.java

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.cli.Limits;
import workbook.cli.SleepyOptions;
import workbook.sleepy.SleepyMan;
import workbook.shared.Threads;
import workbook.timing.Stopwatch;

@Command(name = "sleepy-loop", mixinStandardHelpOptions = true,
        description = "Ten threads from a loop, all started, then all joined: about 1 second.")
class SleepyLoop implements Callable<Integer> {
    @Mixin SleepyOptions options;

    @Option(names = "--workers", paramLabel = "W", defaultValue = "10", description = "How many threads (default: ${DEFAULT-VALUE}).")
    int workers;

    public Integer call() throws InterruptedException {
        Limits.threads(options.spec(), "--workers", Cli.atLeast(options.spec(), "--workers", 1, workers));
        var sleepy = new SleepyMan(options.second());
        var clock = Stopwatch.start();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            threads.add(new Thread(sleepy::sleepyMan));
        }
        Threads.startAll(threads);    // t.start() for each; out of threads: the started ones stopped, one line
        for (Thread t : threads) {
            t.join();
        }
        IO.println(clock.doneLine());
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
