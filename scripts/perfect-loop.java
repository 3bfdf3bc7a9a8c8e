///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//DEPS me.tongfei:progressbar:0.10.1
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/perfect/*.java
//SOURCES ../src/main/java/workbook/ways/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/shared/*.java
//SOURCES ../src/main/java/workbook/report/Progress.java

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import workbook.cli.Cli;
import workbook.perfect.PerfectNumbers;
import workbook.cli.SearchOptions;
import workbook.report.Progress;
import workbook.timing.Stopwatch;

@Command(name = "perfect-loop", mixinStandardHelpOptions = true,
        description = "The guide's perfect-number search with a plain for loop, on one thread.")
class PerfectLoop implements Runnable {
    @Mixin SearchOptions search;

    public void run() {
        var clock = Stopwatch.start();
        long steps = (long) search.n() * (search.n() - 1) / 2;          // testing n costs about n steps
        try (var progress = Progress.of("perfect-loop", steps)) {       // drawn on a terminal only
            for (int n = 1; n < search.n(); n++) {
                if (PerfectNumbers.isPerfect(n)) {
                    IO.println(n + " is a Perfect number");
                }
                progress.step(n);
            }
        }
        IO.println(clock.doneLine());
    }

    void main(String[] args) { Cli.run(this, args); }
}
