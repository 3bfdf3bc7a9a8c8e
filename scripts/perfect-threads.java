///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/perfect/*.java
//SOURCES ../src/main/java/workbook/ways/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/shared/*.java

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.perfect.PerfectNumbers;
import workbook.cli.SearchOptions;
import workbook.timing.Stopwatch;
import workbook.ways.ThreadPerTask;

@Command(name = "perfect-threads", mixinStandardHelpOptions = true,
        description = "One thread per number, like the guide's one Process per number: all started, then all joined.")
class PerfectThreads implements Callable<Integer> {
    @Mixin SearchOptions search;

    @Option(names = "--virtual", description = "One virtual thread per number instead of a platform thread.")
    boolean virtual;

    public Integer call() throws InterruptedException {
        List<Integer> numbers = search.numbers();
        var clock = Stopwatch.start();
        List<Boolean> perfect = new ThreadPerTask(virtual).map(numbers, PerfectNumbers::isPerfect);
        PerfectNumbers.printPerfect(numbers, perfect);
        IO.println(clock.doneLine());
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
