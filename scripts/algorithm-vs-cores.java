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
//SOURCES ../src/main/java/workbook/algorithm/*.java
//SOURCES ../src/main/java/workbook/shared/*.java

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import workbook.algorithm.Algorithm;
import workbook.algorithm.AlgorithmsVsCores;
import workbook.cli.Cli;
import workbook.cli.Limits;
import workbook.cli.SearchOptions;
import workbook.report.ChartPage;
import workbook.report.Progress;
import workbook.cli.WorkersOption;

@Command(name = "algorithm-vs-cores", mixinStandardHelpOptions = true,
        description = "The guide's loop (alone and on a pool), the loop to the square root, the divisor-sum sieve and the "
                + "linear sieve, at the guide's N and beyond: a better algorithm beats every core. Log-scale chart.")
class AlgorithmVsCores implements Callable<Integer> {
    @Mixin SearchOptions search;
    @Mixin WorkersOption workers;

    @Option(names = "--sizes", paramLabel = "N", split = ",", defaultValue = "1000000,10000000",
            description = "Larger N to try after the guide's, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--budget", paramLabel = "S", defaultValue = "30",
            description = "Skip a way at a larger N when its predicted time is over S seconds, and refuse an --n at which"
                    + " the guide's loop would take longer (default: ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--out", paramLabel = "FILE", converter = ChartPage.Out.class, defaultValue = "target/charts/algorithm-vs-cores.html",
            description = "Where to write the chart page (default: ${DEFAULT-VALUE}).")
    Path out;

    public Integer call() throws InterruptedException {
        sizes.forEach(size -> Cli.atLeast(search.spec(), "--sizes", 2, size));
        Cli.atLeast(search.spec(), "--budget", 1, budget);
        checkSizes();
        var algorithms = Algorithm.all(workers.workers());
        List<AlgorithmsVsCores.Timing> timings;
        try (var progress = Progress.of("algorithm-vs-cores", (long) algorithms.size() * (sizes.size() + 1))) {
            timings = AlgorithmsVsCores.run(algorithms, search.n(), sizes, budget, note -> {
                IO.println(note);
                if (note.startsWith("running") || note.startsWith("skipped")) {
                    progress.step(1);                      // one step per way and N, on a terminal only
                }
            });
        }
        var table = AlgorithmsVsCores.table("Perfect numbers below N: algorithm against cores, seconds",
                timings, Algorithm.guideLoop().name());
        IO.println(table.print());
        IO.println("Estimated rows were not run: their time is predicted from the same way at the N before, by how its cost grows.");
        IO.println("Chart: " + ChartPage.write(AlgorithmsVsCores.chart(table), out));
        return 0;
    }

    /** Sizes this machine cannot run are refused before the work: memory for the sieves, the budget at --n. */
    void checkSizes() throws InterruptedException {
        for (int size : sizes) {
            Limits.memory(search.spec(), "--sizes", size, AlgorithmsVsCores.SIEVE_BYTES_PER_NUMBER, "the sieves' arrays");
        }
        Limits.memory(search.spec(), "--n", search.n(), SearchOptions.BYTES_PER_NUMBER, "the pool's numbers, results and tasks");
        if (search.n() > AlgorithmsVsCores.CALIBRATION_N) {
            double predicted = AlgorithmsVsCores.predictGuideLoop(search.n());   // every way runs at --n
            if (predicted > budget) {
                throw new ParameterException(search.spec().commandLine(), String.format(Locale.ROOT,
                        "--n %,d: the guide's loop would take about %s here (N^2 from a run below %,d), over the budget"
                                + " of %d s (--budget)", search.n(), AlgorithmsVsCores.duration(predicted),
                        AlgorithmsVsCores.CALIBRATION_N, budget));
            }
        }
    }

    void main(String[] args) { Cli.run(this, args); }
}
