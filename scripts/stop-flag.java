///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongUnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbook.cli.Cli;

@Command(name = "stop-flag", mixinStandardHelpOptions = true,
        description = "A thread spins until another sets its stop flag. With a plain boolean the compiled loop may never"
                + " see the write (the Java memory model allows that, and JDK 25's compiled loop typically never sees it);"
                + " with a volatile boolean it must."
                + " Each loop also ends at its own deadline, so the run always ends by itself.")
class StopFlag implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--head-start-ms", paramLabel = "MS", defaultValue = "1000",
            description = "How long the loop spins before stop is set: time for the JIT to compile it (default: ${DEFAULT-VALUE}).")
    int headStartMs;

    @Option(names = "--patience-ms", paramLabel = "MS", defaultValue = "2000",
            description = "How long the loop may run on after stop is set before its deadline ends it (default: ${DEFAULT-VALUE}).")
    int patienceMs;

    boolean plainStop;                 // nothing orders the write before the loop's reads
    volatile boolean volatileStop;     // a write of a volatile field happens-before every later read of it

    long spinOnPlain(long deadline) {
        long spins = 0;
        while (!plainStop && System.nanoTime() < deadline) {      // the JIT may read plainStop once, before the loop
            spins++;
        }
        return spins;
    }

    long spinOnVolatile(long deadline) {
        long spins = 0;
        while (!volatileStop && System.nanoTime() < deadline) {   // read again each time round
            spins++;
        }
        return spins;
    }

    public Integer call() throws InterruptedException {
        Cli.atLeast(spec, "--head-start-ms", 1, headStartMs);
        Cli.atLeast(spec, "--patience-ms", 1, patienceMs);
        boolean plainSeen = trial("plain boolean   ", this::spinOnPlain, () -> plainStop = true);
        boolean volatileSeen = trial("volatile boolean", this::spinOnVolatile, () -> volatileStop = true);
        IO.println(plainSeen ? "The plain flag was seen this time: allowed too, but nothing promised it."
                : "The plain flag was never seen: the compiled loop kept the value it had read before.");
        return volatileSeen ? 0 : 1;                              // a volatile flag not seen would be a JVM bug
    }

    /** Spins on a daemon thread, sets the flag after the head start, and says when the loop saw it. */
    boolean trial(String flag, LongUnaryOperator spin, Runnable stop) throws InterruptedException {
        long deadline = System.nanoTime() + (headStartMs + patienceMs) * 1_000_000L;
        long[] spins = new long[1];
        Thread spinner = Thread.ofPlatform().daemon(true).start(() -> spins[0] = spin.applyAsLong(deadline));
        Thread.sleep(headStartMs);
        long stopAt = System.nanoTime();
        stop.run();                                               // the write the spinner should see
        spinner.join();                                           // ends by the deadline at the latest
        double after = (System.nanoTime() - stopAt) / 1e9;
        boolean seen = System.nanoTime() < deadline;
        IO.println(String.format(Locale.ROOT, "%s: %s %.4f s after stop was set (%,d times round)", flag,
                seen ? "the loop saw it and ended" : "never seen; the deadline ended the loop", after, spins[0]));
        return seen;
    }

    void main(String[] args) { Cli.run(this, args); }
}
