///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/perfect/*.java
//SOURCES ../src/main/java/workbook/timing/*.java

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import workbook.cli.Cli;
import workbook.cli.SearchOptions;
import workbook.cli.WorkersOption;
import workbook.perfect.PerfectNumbers;
import workbook.timing.Stopwatch;

@Command(name = "perfect-pool", mixinStandardHelpOptions = true,
        description = "A fixed pool of worker threads maps the perfect test over the numbers, like the guide's Pool().map.")
class PerfectPool implements Callable<Integer> {
    @Mixin SearchOptions search;
    @Mixin WorkersOption pool;

    public Integer call() throws InterruptedException, ExecutionException {
        List<Integer> numbers = search.numbers();
        var clock = Stopwatch.start();
        List<Future<Boolean>> answers = new ArrayList<>(numbers.size());
        try (ExecutorService workers = Executors.newFixedThreadPool(pool.workers())) {
            for (int n : numbers) {
                answers.add(workers.submit(() -> PerfectNumbers.isPerfect(n)));   // queued, first in first out
            }
        }   // close() waits until every task has run, then stops the workers
        for (int i = 0; i < numbers.size(); i++) {
            if (answers.get(i).get()) {                // in input order; get() no longer waits
                IO.println(numbers.get(i) + " is a Perfect number");
            }
        }
        IO.println(clock.doneLine());
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
