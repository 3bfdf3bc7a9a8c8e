///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/deadlock/*.java

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import workbook.cli.Cli;
import workbook.deadlock.Deadlocks;
import workbook.deadlock.Transfer;

@Command(name = "deadlock", mixinStandardHelpOptions = true,
        description = "Two threads take two locks in opposite order and deadlock; the JVM finds the cycle; then two fixes: "
                + "one global lock order, and tryLock with a timeout and a back-off.")
class DeadlockStep implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--transfers", paramLabel = "T", defaultValue = "100000",
            description = "Transfers each thread makes (1 to 10,000,000; default: ${DEFAULT-VALUE}).")
    int transfers;

    public Integer call() throws InterruptedException {
        Cli.atLeast(spec, "--transfers", 1, transfers);
        if (transfers > 10_000_000) {
            throw new ParameterException(spec.commandLine(), "--transfers must be at most 10000000, got " + transfers);
        }
        Duration limit = Duration.ofSeconds(30);
        // transfer-1 moves A -> B, transfer-2 moves B -> A. Each takes the lock of `from`, then of `to`:
        // opposite orders. The latch makes the first transfer of each hold its first lock before either takes its second.
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Transfer oppositeOrder = (from, to) -> {
            from.lock();                          // lockInterruptibly: an interrupt can still end the wait
            try {
                bothHoldOne.countDown();
                bothHoldOne.await();
                to.lock();
                try { from.moveOneTo(to); } finally { to.unlock(); }
            } finally { from.unlock(); }
        };
        IO.println("Two threads, two locks, opposite order:");
        var stuck = Deadlocks.race(oppositeOrder, transfers, limit);
        stuck.cycle().forEach(line -> IO.println("  " + line));
        IO.println(stuck.summary());
        IO.println("The watcher interrupted both threads; lockInterruptibly let them go. (Threads stuck entering"
                + " synchronized blocks cannot be interrupted: that deadlock lasts until the JVM ends.)");

        // Fix 1: every thread takes the locks in one global order (here: by account number), whatever the direction.
        Transfer oneOrder = (from, to) -> {
            var first = from.order() < to.order() ? from : to;
            var second = first == from ? to : from;
            first.lock();
            try {
                second.lock();
                try { from.moveOneTo(to); } finally { second.unlock(); }
            } finally { first.unlock(); }
        };
        IO.println("Fix 1, one lock order (A before B):");
        var ordered = Deadlocks.race(oneOrder, transfers, limit);
        IO.println(ordered.summary());

        // Fix 2: take the second lock only if it comes free within 1 ms; else let go of the first, wait a random moment, retry.
        AtomicLong retries = new AtomicLong();
        Transfer tryAndBackOff = (from, to) -> {
            while (true) {
                from.lock();
                try {
                    if (to.tryLock(1)) {
                        try { from.moveOneTo(to); return; } finally { to.unlock(); }
                    }
                } finally { from.unlock(); }
                retries.incrementAndGet();
                Thread.sleep(Duration.ofNanos(ThreadLocalRandom.current().nextLong(50_000)));   // back off
            }
        };
        IO.println("Fix 2, tryLock with a 1 ms timeout, then back off:");
        var trying = Deadlocks.race(tryAndBackOff, transfers, limit);
        IO.println(trying.summary() + String.format(java.util.Locale.ROOT, " Gave up the first lock and retried %,d times.", retries.get()));
        boolean asTaught = stuck.deadlocked() && ordered.finished() && trying.finished()
                && ordered.total() == ordered.expectedTotal() && trying.total() == trying.expectedTotal();
        return asTaught ? 0 : 1;
    }

    void main(String[] args) { Cli.run(this, args); }
}
