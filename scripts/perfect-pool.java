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
import workbook.cli.Cli;
import workbook.perfect.PerfectNumbers;
import workbook.cli.SearchOptions;
import workbook.timing.Stopwatch;
import workbook.ways.FixedPool;
import workbook.cli.WorkersOption;

@Command(name = "perfect-pool", mixinStandardHelpOptions = true,
        description = "A fixed pool of worker threads maps the perfect test over the numbers, like the guide's Pool().map.")
class PerfectPool implements Callable<Integer> {
    @Mixin SearchOptions search;
    @Mixin WorkersOption pool;

    public Integer call() throws InterruptedException {
        List<Integer> numbers = search.numbers();
        var clock = Stopwatch.start();
        List<Boolean> perfect = new FixedPool(pool.workers()).map(numbers, PerfectNumbers::isPerfect);
        PerfectNumbers.printPerfect(numbers, perfect);
        IO.println(clock.doneLine());
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
