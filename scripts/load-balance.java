///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//DEPS me.tongfei:progressbar:0.10.1
//DEPS tech.tablesaw:tablesaw-core:0.44.4
//DEPS tech.tablesaw:tablesaw-jsplot:0.44.4
//DEPS org.webjars.npm:plotly.js-dist:2.35.3
//DEPS org.slf4j:slf4j-nop:2.0.17
//RUNTIME_OPTIONS --sun-misc-unsafe-memory-access=allow
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/perfect/*.java
//SOURCES ../src/main/java/workbook/ways/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/report/*.java
//SOURCES ../src/main/java/workbook/balance/*.java
//SOURCES ../src/main/java/workbook/shared/*.java

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.balance.LoadBalance;
import workbook.balance.Run;
import workbook.balance.Split;
import workbook.balance.StaticBlocks;
import workbook.cli.Cli;
import workbook.perfect.PerfectNumbers;
import workbook.cli.SearchOptions;
import workbook.report.ChartPage;
import workbook.report.Charts;
import workbook.cli.WorkersOption;

@Command(name = "load-balance", mixinStandardHelpOptions = true,
        description = "isPerfect(n) costs about n steps, so equal halves of 1..N-1 are not equal work. Static blocks, "
                + "interleaved, small chunks and work stealing on the same search, with the efficiency of each.")
class LoadBalanceScript implements Callable<Integer> {
    @Mixin SearchOptions search;
    @Mixin WorkersOption workers;

    @Option(names = "--chunk", paramLabel = "C", defaultValue = "500", description = "Numbers per chunk, and the smallest range work stealing splits (default: ${DEFAULT-VALUE}).")
    int chunk;

    @Option(names = "--out", paramLabel = "FILE", converter = ChartPage.Out.class, defaultValue = "target/charts/load-balance.html",
            description = "Where to write the chart page (default: ${DEFAULT-VALUE}).")
    Path out;

    public Integer call() throws InterruptedException {
        Cli.atLeast(search.spec(), "--chunk", 1, chunk);
        int n = search.n();
        int w = workers.workers();
        Run loop = LoadBalance.plainLoop(n, PerfectNumbers::isPerfect);           // the baseline: one worker
        loop.found().forEach(p -> IO.println(p + " is a Perfect number"));
        List<Run> runs = new ArrayList<>();
        for (Split split : LoadBalance.ways(chunk)) {
            Run run = split.search(n, w, PerfectNumbers::isPerfect);
            if (!run.found().equals(loop.found())) {
                throw new IllegalStateException(split.name() + " found other numbers than the plain loop");
            }
            runs.add(run);
        }
        var table = LoadBalance.table("Perfect numbers below " + n + " on " + w + " workers", loop, runs);
        IO.println(table.print());
        Run blocks = runs.getFirst();
        IO.println(String.format(Locale.ROOT, "Static blocks: a number n costs about n steps, so the last block holds the most work;"
                + " expected efficiency %.1f %% (halves: 1/4 and 3/4 of the work, speedup 4/3, 2/3 efficiency);"
                + " measured %.1f %%, and the work itself was shared %.1f %% evenly.",
                100 * StaticBlocks.expectedEfficiency(n, w), 100 * blocks.efficiency(loop.seconds()), 100 * blocks.balance()));
        IO.println("Efficiency is from the wall clock, so other programs on the machine lower it; balance is from each"
                + " worker's own processor time, so they do not.");
        IO.println("Chart: " + ChartPage.write(Charts.groupedBars(table, "way", "efficiency %", "balance %"), out));
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
