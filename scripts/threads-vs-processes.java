///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//DEPS me.tongfei:progressbar:0.10.1
//DEPS tech.tablesaw:tablesaw-core:0.44.4
//DEPS tech.tablesaw:tablesaw-jsplot:0.44.4
//DEPS org.webjars.npm:plotly.js-dist:2.35.3
//DEPS org.slf4j:slf4j-nop:2.0.17
//RUNTIME_OPTIONS --sun-misc-unsafe-memory-access=allow
//MAIN ThreadsVsProcesses
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/perfect/*.java
//SOURCES ../src/main/java/workbook/ways/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/report/*.java
//SOURCES ../src/main/java/workbook/balance/*.java
//SOURCES ../src/main/java/workbook/processes/*.java
//SOURCES ../src/main/java/workbook/shared/*.java

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.cli.Limits;
import workbook.cli.SearchOptions;
import workbook.processes.ChildJvm;
import workbook.processes.SplitSearch;
import workbook.processes.StartCost;
import workbook.report.Comparison;
import workbook.timing.Stopwatch;
import workbook.cli.WorkersOption;

@Command(name = "threads-vs-processes", mixinStandardHelpOptions = true,
        description = "The search split over child JVMs (ProcessBuilder, results through a pipe), then over threads; "
                + "what starting a child JVM, a platform thread and a virtual thread costs. Python needs processes "
                + "to get past its GIL; Java threads already run on every core.")
class ThreadsVsProcesses implements Callable<Integer> {
    @Mixin SearchOptions search;
    @Mixin WorkersOption workers;

    @Option(names = "--jvm-starts", paramLabel = "J", defaultValue = "5", description = "Empty child JVMs to time (default: ${DEFAULT-VALUE}).")
    int jvmStarts;

    @Option(names = "--thread-starts", paramLabel = "T", defaultValue = "2000", description = "Empty threads of each kind to time (default: ${DEFAULT-VALUE}).")
    int threadStarts;

    public Integer call() throws InterruptedException {
        Cli.atLeast(search.spec(), "--jvm-starts", 1, jvmStarts);
        Cli.atLeast(search.spec(), "--thread-starts", 1, threadStarts);
        int w = Limits.childJvms(search.spec(), "--workers", workers.workers());   // one child JVM per worker

        IO.println("Over " + w + " child JVMs, each reporting back through its output pipe:");
        var clock = Stopwatch.start();
        var byProcesses = SplitSearch.overChildJvms(search.n(), w, child ->
                IO.println("  child " + child.index() + " (pid " + child.pid() + ") searches " + child.slice()));
        double processSeconds = clock.seconds();
        IO.println("  found " + byProcesses.perfect() + String.format(Locale.ROOT, ", %,d numbers checked", byProcesses.checked()));

        IO.println("Over " + w + " threads of this JVM, the same slices:");
        clock = Stopwatch.start();
        var byThreads = SplitSearch.overThreads(search.n(), w);
        double threadSeconds = clock.seconds();
        IO.println("  found " + byThreads.perfect() + String.format(Locale.ROOT, ", %,d numbers checked", byThreads.checked()));

        IO.println(new Comparison("Perfect numbers below " + search.n() + ", split " + w + " ways")
                .measured("child JVMs", w, processSeconds)
                .measured("threads", w, threadSeconds)
                .table().print());
        IO.println(StartCost.table("Starting one worker that does nothing, and waiting for its end",
                StartCost.measureAll(jvmStarts, threadStarts)).print());
        IO.println("Child JVMs still running: " + ChildJvm.running().size());
        return byProcesses.equals(byThreads) ? 0 : 1;
    }

    void main(String[] args) { Cli.run(this, args); }
}
