///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/sleepy/*.java
//SOURCES ../src/main/java/workbook/timing/*.java

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.cli.SleepyOptions;
import workbook.sleepy.SleepyMan;
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
        Cli.atLeast(options.spec(), "--workers", 1, workers);
        Cli.atLeast(options.spec(), "--seconds", 0, seconds);
        var sleepy = new SleepyMan(options.second());
        var clock = Stopwatch.start();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(() -> sleepy.sleepyManFor(seconds));   // the lambda carries the argument
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        IO.println(clock.doneLine());
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
