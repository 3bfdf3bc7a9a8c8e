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
//SOURCES ../src/main/java/workbook/hunt/*.java
//SOURCES ../src/main/java/workbook/hunt/charts/*.java
//SOURCES ../src/main/java/workbook/report/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/ways/*.java
//SOURCES ../src/main/java/workbook/shared/*.java

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import workbook.cli.Cli;
import workbook.cli.ExponentOption;
import workbook.cli.WorkersOption;
import workbook.hunt.Hunt;
import workbook.hunt.Outcome;
import workbook.hunt.charts.Benchmark;
import workbook.hunt.charts.HuntCharts;
import workbook.report.Progress;
import workbook.timing.Stopwatch;
import workbook.ways.Task;

@Command(name = "perfect-hunt", mixinStandardHelpOptions = true,
        description = "Perfect numbers with thousands of digits, as GIMPS finds them: every even perfect number is "
                + "2^(p-1) (2^p - 1) with 2^p - 1 prime. Each prime exponent p is a task: trial factoring first, "
                + "then the Lucas-Lehmer test, on a pool, the largest exponents first.")
class PerfectHunt implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ExponentOption exponents;
    @Mixin WorkersOption workers;

    @Option(names = "--digits", paramLabel = "D|all", defaultValue = "10",
            description = "Digits shown at each end of a long perfect number, or 'all' (default: ${DEFAULT-VALUE}).")
    String digits;

    @Option(names = "--benchmark", description = "Then compare: 1 worker against W, FIFO, largest first and work "
            + "stealing (3 runs each, timelines), shift-and-add against BigInteger.mod, FFT squaring against "
            + "BigInteger's, the cost per exponent and its slope.")
    boolean benchmark;

    @Option(names = "--out", paramLabel = "FOLDER", defaultValue = "target/charts/perfect-hunt",
            description = "Where --benchmark writes its chart pages (default: ${DEFAULT-VALUE}).")
    Path out;

    public Integer call() throws Exception {
        int shown = shownDigits();
        List<Integer> candidates = Hunt.candidates(exponents.maxExponent());   // prime p only: 2^ab - 1 has the factor 2^a - 1
        var clock = Stopwatch.start();
        long epoch = System.nanoTime();
        Map<Integer, Future<Outcome>> tests = new TreeMap<>();                 // by p, smallest first
        List<Outcome> outcomes = new ArrayList<>();
        try (Progress bar = Progress.of("hunt", candidates.size());
             ExecutorService pool = Executors.newFixedThreadPool(workers.workers())) {
            Task<Integer, Outcome> test = bar.counting(p -> Hunt.test(p, epoch));   // trial factoring, then Lucas-Lehmer
            for (int p : candidates.reversed()) {                              // largest first: the long tests start at once
                tests.put(p, pool.submit(() -> test.apply(p)));
            }
            int rank = 0;
            for (Future<Outcome> result : tests.values()) {                    // in order of p, so each rank is known
                Outcome outcome = result.get();
                outcomes.add(outcome);
                if (outcome.prime()) {
                    IO.println(Hunt.line(++rank, outcome.p(), shown));
                }
            }
        }
        double seconds = clock.seconds();
        String run = workers.workers() + " workers, largest first";
        IO.println(HuntCharts.table("The hunt up to p = " + exponents.maxExponent(),
                Map.of(run, outcomes), Map.of(run, seconds)).print());
        if (benchmark) {
            Benchmark.run(candidates, workers.workers(), out).forEach(IO::println);
        }
        return 0;
    }

    private int shownDigits() {
        if (digits.equals("all")) {
            return 0;
        }
        try {
            return Cli.atLeast(spec, "--digits", 1, Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--digits: expected a number or 'all', got '" + digits + "'");
        }
    }

    void main(String[] args) { Cli.run(this, args); }
}
