///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//DEPS me.tongfei:progressbar:0.10.1
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/perfect/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/ways/*.java
//SOURCES ../src/main/java/workbook/shared/*.java
//SOURCES ../src/main/java/workbook/report/Progress.java

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.cli.SearchOptions;
import workbook.perfect.PerfectNumbers;
import workbook.report.Progress;
import workbook.timing.Stopwatch;

@Command(name = "perfect-threads", mixinStandardHelpOptions = true,
        description = "One thread per number, like the guide's one Process per number: all started, then all joined.")
class PerfectThreads implements Callable<Integer> {
    @Mixin SearchOptions search;

    @Option(names = "--virtual", description = "One virtual thread per number instead of a platform thread.")
    boolean virtual;

    public Integer call() throws InterruptedException {
        List<Integer> numbers = search.numbers();
        boolean[] perfect = new boolean[numbers.size()];        // each thread writes its own slot
        Thread.Builder builder = virtual ? Thread.ofVirtual() : Thread.ofPlatform();
        var clock = Stopwatch.start();
        List<Thread> threads = new ArrayList<>(numbers.size());
        try (var progress = Progress.of("threads started", numbers.size())) {   // drawn on a terminal only
            for (int i = 0; i < numbers.size(); i++) {
                int index = i;
                threads.add(builder.start(() -> perfect[index] = PerfectNumbers.isPerfect(numbers.get(index))));
                progress.step(1);
            }
        }
        for (Thread thread : threads) {
            thread.join();              // after join, what the thread wrote is visible here
        }
        for (int i = 0; i < numbers.size(); i++) {
            if (perfect[i]) {
                IO.println(numbers.get(i) + " is a Perfect number");
            }
        }
        IO.println(clock.doneLine());
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
