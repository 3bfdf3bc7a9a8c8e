///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/sleepy/*.java
//SOURCES ../src/main/java/workbook/timing/*.java

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import workbook.cli.Cli;
import workbook.cli.SleepyOptions;
import workbook.sleepy.SleepyMan;
import workbook.timing.Stopwatch;

@Command(name = "sleepy-join", mixinStandardHelpOptions = true,
        description = "Two threads started, then joined: both sleep at once, about 1 second in all.")
class SleepyJoin implements Callable<Integer> {
    @Mixin SleepyOptions options;

    public Integer call() throws InterruptedException {
        var sleepy = new SleepyMan(options.second());
        var clock = Stopwatch.start();
        Thread t1 = new Thread(sleepy::sleepyMan);
        Thread t2 = new Thread(sleepy::sleepyMan);
        t1.start();
        t2.start();
        t1.join();          // wait here until t1 has ended
        t2.join();
        IO.println(clock.doneLine());
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
