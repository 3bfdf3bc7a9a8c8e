///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.openjdk.jcstress:jcstress-core:0.16
//JAVAC_OPTIONS -proc:full
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/lock/Counter.java
//SOURCES ../src/main/java/workbook/lock/UnsafeCounter.java
//SOURCES ../src/main/java/workbook/lock/AtomicCounter.java
//SOURCES ../src/main/java/workbook/stress/*.java
//SOURCES racestress/*.java

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.stress.StressReport;

@Command(name = "race-stress", mixinStandardHelpOptions = true,
        description = "The lost update and the stale stop flag, proved with jcstress: outcomes declared ACCEPTABLE, FORBIDDEN "
                + "or ACCEPTABLE_INTERESTING, and how often each was seen.")
class RaceStress implements Callable<Integer> {
    @Option(names = "--full", description = "jcstress's default mode (several minutes on 2 cores) instead of its quick one, and its whole report.")
    boolean full;

    public Integer call() throws Exception {
        // The tests are in racestress/: LostUpdate (UnsafeCounter), AtomicNoLoss (AtomicCounter), StopFlag (plain, volatile).
        // -proc:full above makes javac run jcstress's annotation processor, which writes the test list.
        Path results = Files.createDirectories(Path.of("target", "race-stress")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "org.openjdk.jcstress.Main",
                "-t", "racestress\\.", "-v", "-r", ".",
                "-jvmArgsPrepend", "--enable-native-access=ALL-UNNAMED"));
        if (full) {
            command.addAll(List.of("-m", "default"));          // every JVM configuration jcstress finds, 5 iterations of 1 s
        } else {
            // quick: 200 ms iterations, one fork, and only the plain JVM configuration (no split compilation, no stress flags)
            command.addAll(List.of("-m", "quick", "-sc", "false", "-jvmArgs", "-XX:+UnlockDiagnosticVMOptions"));
        }
        IO.println("jcstress (" + (full ? "default" : "quick") + " mode) forks JVMs to run the tests ...");
        // jcstress forks its own JVMs: run it as a child, read its report through a pipe, end it on Ctrl-C.
        // It runs in target/race-stress/: its report and its result file (jcstress-results-*.bin.gz) land there.
        Process jcstress = new ProcessBuilder(command).directory(results.toFile()).redirectErrorStream(true).start();
        Thread stopper = new Thread(() -> { jcstress.descendants().forEach(ProcessHandle::destroy); jcstress.destroy(); });
        Runtime.getRuntime().addShutdownHook(stopper);
        List<String> lines = new ArrayList<>();
        try (var out = new BufferedReader(new InputStreamReader(jcstress.getInputStream()))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
                if (full) {
                    IO.println(line);
                }
            }
        } finally {
            int code = jcstress.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopper);
            if (code != 0 && !full) {
                lines.forEach(System.err::println);
            }
        }
        var report = StressReport.parse(lines);
        IO.println(report.print());
        var lost = report.test("racestress.LostUpdate");
        IO.println(lost.samples("1") > 0
                ? String.format(java.util.Locale.ROOT, "UnsafeCounter: the lost update (1) in %,d of %,d samples: proved possible.", lost.samples("1"), lost.total())
                : "UnsafeCounter: the lost update was not observed on this run (allowed, not seen); run again or with --full.");
        var atomic = report.test("racestress.AtomicNoLoss");
        IO.println(String.format(java.util.Locale.ROOT, "AtomicCounter: forbidden outcome seen %,d times in %,d samples.", atomic.forbidden(), atomic.total()));
        var plain = report.test("racestress.StopFlag.Plain");
        IO.println(plain.samples("STALE") > 0
                ? String.format(java.util.Locale.ROOT, "Plain stop flag: the worker never saw the flag in %,d of %,d runs (STALE).", plain.samples("STALE"), plain.total())
                : "Plain stop flag: STALE was not observed on this run (allowed, not seen).");
        var flag = report.test("racestress.StopFlag.Volatile");
        IO.println(String.format(java.util.Locale.ROOT, "Volatile stop flag: STALE seen %,d times in %,d runs.", flag.forbidden(), flag.total()));
        IO.println("The full report (HTML): " + results.resolve("index.html"));
        return report.anyFailed() ? 1 : 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
