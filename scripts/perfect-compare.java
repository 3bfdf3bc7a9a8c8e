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
//SOURCES ../src/main/java/workbook/shared/*.java

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.perfect.GuideFigures;
import workbook.perfect.PerfectNumbers;
import workbook.cli.SearchOptions;
import workbook.report.ChartPage;
import workbook.report.Charts;
import workbook.report.Comparison;
import workbook.report.Progress;
import workbook.timing.Stopwatch;
import workbook.ways.FixedPool;
import workbook.ways.ParallelStream;
import workbook.ways.PlainLoop;
import workbook.ways.Task;
import workbook.ways.ThreadPerTask;
import workbook.ways.Way;
import workbook.cli.WorkersOption;

@Command(name = "perfect-compare", mixinStandardHelpOptions = true,
        description = "Every way on the same search: a table of times and speedups, the guide's figures beside them, a chart.")
class PerfectCompare implements Callable<Integer> {
    @Mixin SearchOptions search;
    @Mixin WorkersOption pool;

    @Option(names = "--out", paramLabel = "FILE", converter = ChartPage.Out.class, defaultValue = "target/charts/perfect-compare.html",
            description = "Where to write the chart page (default: ${DEFAULT-VALUE}).")
    Path out;

    public Integer call() throws InterruptedException {
        List<Integer> numbers = search.numbers();
        List<Way> ways = List.of(new PlainLoop(), ThreadPerTask.platform(), ThreadPerTask.virtual(),
                new FixedPool(pool.workers()), new ParallelStream(pool.workers()));   // Spark: perfect-spark --compare
        Task<Integer, Boolean> isPerfect = PerfectNumbers::isPerfect;
        var comparison = new Comparison("Perfect numbers below " + search.n() + ", seconds");
        List<Boolean> expected = null;
        long counted = (long) ways.size() * numbers.size();
        try (var progress = Progress.of("perfect-compare", counted)) {
            for (Way way : ways) {
                progress.now(way.name());
                var clock = Stopwatch.start();
                List<Boolean> perfect = way.map(numbers, progress.counting(isPerfect));
                comparison.measured(way.name(), way.workers(numbers.size()), clock.seconds());
                if (expected == null) {
                    expected = perfect;
                    PerfectNumbers.printPerfect(numbers, perfect);
                } else if (!perfect.equals(expected)) {
                    throw new IllegalStateException(way.name() + " found other numbers than the plain loop");
                }
            }
        }
        comparison.reference("guide, Python: plain loop", 1, GuideFigures.PYTHON_LOOP_SECONDS)
                .reference("guide, Python: Process per number", GuideFigures.N - 1, GuideFigures.PYTHON_PROCESS_PER_NUMBER_SECONDS)
                .reference("guide, Python: Pool().map", null, GuideFigures.PYTHON_POOL_SECONDS);
        var table = comparison.table();
        IO.println(table.print());
        IO.println("Speedup and reduction: against this machine's plain loop; the guide's rows against the guide's loop (N = "
                + GuideFigures.N + ").");
        IO.println("Chart: " + ChartPage.write(Charts.bars(comparison.measuredTable(), "way", "seconds"), out));
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
