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

@Command(name = "sleepy-args", mixinStandardHelpOptions = true,
        description = "Ten threads, each handed an argument: how long to sleep. About 2 seconds.")
class SleepyArgs implements Callable<Integer> {
    @Mixin SleepyOptions options;

    @Option(names = "--workers", paramLabel = "W", defaultValue = "10", description = "How many threads (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "2", description = "How long each thread sleeps (default: ${DEFAULT-VALUE}).")
    int seconds;

    public Integer call() throws InterruptedException {
        Limits.threads(options.spec(), "--workers", Cli.atLeast(options.spec(), "--workers", 1, workers));
        Cli.atLeast(options.spec(), "--seconds", 0, seconds);
        var sleepy = new SleepyMan(options.second());
        var clock = Stopwatch.start();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            threads.add(new Thread(() -> sleepy.sleepyManFor(seconds)));   // the lambda carries the argument
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
