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
//SOURCES ../src/main/java/workbook/speedup/*.java
//SOURCES ../src/main/java/workbook/shared/*.java

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.cli.Limits;
import workbook.cli.SearchOptions;
import workbook.report.ChartPage;
import workbook.report.Charts;
import workbook.speedup.Amdahl;
import workbook.speedup.Point;
import workbook.speedup.SpeedupCurve;

@Command(name = "speedup-curve", mixinStandardHelpOptions = true,
        description = "The pool with 1 to 2 x cores workers on the same search: measured speedup against the ideal "
                + "line and Amdahl's law fitted to the points; a chart.")
class SpeedupCurveScript implements Callable<Integer> {
    @Mixin SearchOptions search;

    @Option(names = "--max-workers", paramLabel = "W",
            description = "Largest pool to time (default: twice the available processors).")
    int maxWorkers = SpeedupCurve.defaultMaxWorkers();

    @Option(names = "--out", paramLabel = "FILE", converter = ChartPage.Out.class, defaultValue = "target/charts/speedup-curve.html",
            description = "Where to write the chart page (default: ${DEFAULT-VALUE}).")
    Path out;

    public Integer call() throws InterruptedException {
        Limits.threads(search.spec(), "--max-workers", Cli.atLeast(search.spec(), "--max-workers", 1, maxWorkers));
        int cores = Runtime.getRuntime().availableProcessors();
        List<Point> points = SpeedupCurve.measure(search.n(), maxWorkers, point ->
                IO.println(String.format(Locale.ROOT, "pool of %d: %.3f s", point.workers(), point.seconds())));
        Amdahl law = Amdahl.fit(points, cores);                     // least squares for the serial fraction s
        var table = SpeedupCurve.table("Speedup of the pool over one worker, perfect numbers below " + search.n(), points, law);
        IO.println(table.print());
        Amdahl.explain(law, points).forEach(IO::println);       // a fit on this run (one run per pool), not a prediction
        SpeedupCurve.warnings(points, cores).forEach(IO::println);
        IO.println("Chart: " + ChartPage.write(Charts.lines(table, "workers", "speedup", "measured", "ideal", "Amdahl fit"), out));
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
