///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//DEPS tech.tablesaw:tablesaw-core:0.44.4
//DEPS org.slf4j:slf4j-nop:2.0.17
//RUNTIME_OPTIONS --sun-misc-unsafe-memory-access=allow -Xlog:os+thread=off
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/lock/*.java
//SOURCES ../src/main/java/workbook/shared/*.java
//SOURCES ../src/main/java/workbook/timing/*.java

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbook.cli.Cli;
import workbook.cli.Limits;
import workbook.lock.CounterRace;
import workbook.shared.Threads;

@Command(name = "lock", mixinStandardHelpOptions = true,
        description = "Threads raise one shared counter at once: count++ with no lock loses updates, the same count++"
                + " inside synchronized keeps them all. Then all five counters of the lesson (UnsafeCounter,"
                + " synchronized, ReentrantLock, AtomicLong, LongAdder) and their costs side by side: median of 3 runs.")
class Lock implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2", description = "Threads raising the counter at once (default: ${DEFAULT-VALUE}; at most a quarter of the threads this machine allows).")
    int threads;

    @Option(names = "--increments", paramLabel = "I", defaultValue = "20000000",
            description = "Increments per thread (default: ${DEFAULT-VALUE}; with few, the threads may hardly overlap and lose nothing).")
    int increments;

    volatile long count;              // volatile only so that the JIT cannot fold a racer's loop into one addition
    long lockedCount;                 // only ever touched inside synchronized (lock)
    final Object lock = new Object();

    public Integer call() throws InterruptedException {
        Limits.threads(spec, "--threads", Cli.atLeast(spec, "--threads", 1, threads));
        Cli.atLeast(spec, "--increments", 1, increments);
        long expected = (long) threads * increments;
        race(() -> count++);                                   // read, add, write: another thread can slip in between
        IO.println(String.format(Locale.ROOT, "count++ with no lock:    %,d of %,d (%,d lost)", count, expected, expected - count));
        if (count == expected) {
            IO.println(threads == 1 ? "  (one thread has no one to race with)"
                    : "  (nothing lost this time: the threads took turns instead of running at once; run it again)");
        }
        race(() -> { synchronized (lock) { lockedCount++; } });   // one thread at a time: the three steps are one
        IO.println(String.format(Locale.ROOT, "count++ in synchronized: %,d of %,d (%,d lost)", lockedCount, expected, expected - lockedCount));
        var results = CounterRace.raceAll(threads, increments, 3);   // the same race for the five counters, 3 timed runs each
        IO.println(CounterRace.costTable("One counter, " + threads + " threads, " + increments + " increments each", results).print());
        boolean safeOnesExact = lockedCount == expected && results.stream().skip(1).allMatch(r -> r.mostLost() == 0);
        IO.println(safeOnesExact ? "synchronized, ReentrantLock, AtomicLong and LongAdder: every update counted."
                : "A safe counter lost updates: this should never happen.");
        return safeOnesExact ? 0 : 1;
    }

    /** Starts the racers, lets them all go at once, and waits for them to end. */
    void race(Runnable increment) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> racers = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                racers.add(Thread.ofPlatform().start(() -> {
                    try {
                        go.await();                            // wait for the start signal
                    } catch (InterruptedException e) {
                        return;                                // stopped before the start
                    }
                    for (int i = 0; i < increments; i++) {
                        increment.run();
                    }
                }));
            }
            go.countDown();                                    // they all start now
            for (Thread racer : racers) {
                racer.join();                                  // after join, the racer's writes are visible here
            }
        } catch (OutOfMemoryError e) {                         // the machine would not give one more thread
            throw new IllegalStateException("could not start racer " + (racers.size() + 1) + " of " + threads + " (" + e.getMessage() + ")");
        } finally {
            Threads.stop(racers);                              // none outlives the race; after a clean end, none is left
        }
    }

    void main(String[] args) { Cli.run(this, args); }
}
