///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/sleepy/*.java
//SOURCES ../src/main/java/workbook/timing/*.java

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import workbook.cli.Cli;
import workbook.cli.SleepyOptions;
import workbook.sleepy.SleepyMan;
import workbook.timing.Stopwatch;

@Command(name = "sleepy-sequential", mixinStandardHelpOptions = true,
        description = "Two calls of the sleepy function, one after the other: about 2 seconds.")
class SleepySequential implements Runnable {
    @Mixin SleepyOptions options;

    public void run() {
        var sleepy = new SleepyMan(options.second());
        var clock = Stopwatch.start();
        sleepy.sleepyMan();
        sleepy.sleepyMan();
        IO.println(clock.doneLine());
    }

    void main(String[] args) { Cli.run(this, args); }
}
