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

@Command(name = "sleepy-start", mixinStandardHelpOptions = true,
        description = "Two threads started and not joined: the main thread prints its time first.")
class SleepyStart implements Runnable {
    @Mixin SleepyOptions options;

    public void run() {
        var sleepy = new SleepyMan(options.second());
        var clock = Stopwatch.start();
        Thread t1 = new Thread(sleepy::sleepyMan);
        Thread t2 = new Thread(sleepy::sleepyMan);
        t1.start();
        t2.start();
        IO.println(clock.doneLine());
        // main ends here, but the JVM does not: it waits for every thread that is not a
        // daemon, so both "Done sleeping" lines still come. t1.setDaemon(true) would lose them.
    }

    void main(String[] args) { Cli.run(this, args); }
}
