///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/perfect/*.java
//SOURCES ../src/main/java/workbook/ways/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/queue/*.java
//SOURCES ../src/main/java/workbook/shared/*.java

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.perfect.PerfectNumbers;
import workbook.cli.SearchOptions;
import workbook.queue.ProducersAndConsumers;
import workbook.queue.ProducersAndConsumers.Result;
import workbook.timing.Stopwatch;

@Command(name = "queue", mixinStandardHelpOptions = true,
        description = "Producers put the numbers into a BlockingQueue, consumers test them and send the results back "
                + "through a second queue; a poison pill per consumer ends it cleanly. Counts in = counts out.")
class Queue implements Callable<Integer> {
    @Mixin SearchOptions search;

    @Option(names = "--producers", paramLabel = "P", defaultValue = "2", description = "Producer threads (default: ${DEFAULT-VALUE}).")
    int producers;

    @Option(names = "--consumers", paramLabel = "C", description = "Consumer threads (default: one per available processor).")
    int consumers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--capacity", paramLabel = "Q", defaultValue = "100", description = "Room in the work queue; a producer waits when it is full (default: ${DEFAULT-VALUE}).")
    int capacity;

    public Integer call() throws InterruptedException {
        Cli.atLeast(search.spec(), "--producers", 1, producers);
        Cli.atLeast(search.spec(), "--consumers", 1, consumers);
        Cli.atLeast(search.spec(), "--capacity", 1, capacity);
        var clock = Stopwatch.start();
        var pipeline = new ProducersAndConsumers(producers, consumers, capacity);
        var tally = pipeline.run(search.numbers(), PerfectNumbers::isPerfect);   // producers -> queue -> consumers -> queue
        tally.results().stream().filter(Result::value).map(Result::input).sorted()
                .forEach(n -> IO.println(n + " is a Perfect number"));
        tally.produced().forEach((producer, count) ->
                IO.println(String.format(Locale.ROOT, "%s put %,d numbers into the work queue", producer, count)));
        tally.consumed().forEach((consumer, count) ->
                IO.println(String.format(Locale.ROOT, "%s handled %,d numbers, then took its poison pill", consumer, count)));
        IO.println(String.format(Locale.ROOT, "in: %,d  handled: %,d  out: %,d  -> %s", tally.in(), tally.handled(), tally.out(),
                tally.balanced() ? "nothing lost, nothing twice" : "MISMATCH"));
        IO.println(clock.doneLine());
        return tally.balanced() && tally.in() == search.n() - 1 ? 0 : 1;
    }

    void main(String[] args) { Cli.run(this, args); }
}
