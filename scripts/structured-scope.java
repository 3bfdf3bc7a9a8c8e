///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//PREVIEW
//JAVAC_OPTIONS -XDsuppressNotes
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/perfect/*.java
//SOURCES ../src/main/java/workbook/modern/*.java
//SOURCES ../src/main/java/workbook/timing/*.java

// Structured concurrency is a PREVIEW API of JDK 25 (JEP 505): //PREVIEW above compiles and runs
// this script with --enable-preview. Its names change in later JDKs (JDK 26 reworks the Joiner).

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.cli.SearchOptions;
import workbook.cli.SleepyOptions;
import workbook.modern.ThreadDump;
import workbook.perfect.Slice;
import workbook.timing.Stopwatch;

@Command(name = "structured-scope", mixinStandardHelpOptions = true,
        description = {"Structured concurrency (a preview API of JDK 25, JEP 505; its names change in later JDKs):",
            "a scope forks the perfect-number test over slices and joins them; a failing subtask cancels its",
            "siblings; the first answer wins; an interrupt of the owner ends every subtask; the thread dump shows the tree."})
class StructuredScope implements Callable<Integer> {
    @Mixin SearchOptions search;
    @Mixin SleepyOptions sleepy;

    @Option(names = "--slices", paramLabel = "S", defaultValue = "4",
            description = "Subtasks the search is forked into, 1 .. 1000 (default: ${DEFAULT-VALUE}).")
    int slices;

    /** What a sibling would sleep if nobody cancelled it: far longer than any run of this script. */
    static final Duration FOREVER = Duration.ofMinutes(10);

    public Integer call() throws Exception {
        if (slices < 1 || slices > 1000) {
            throw new picocli.CommandLine.ParameterException(search.spec().commandLine(),
                    "--slices must be 1 .. 1000, got " + slices);
        }
        Duration second = sleepy.second();

        IO.println("1. Fan out: " + slices + " subtasks search 1 .. " + (search.n() - 1) + ", the scope joins them");
        var clock = Stopwatch.start();
        List<Integer> perfect = new ArrayList<>();
        try (var scope = StructuredTaskScope.open(Joiner.<List<Integer>>allSuccessfulOrThrow())) {
            for (int k = 0; k < slices; k++) {
                Slice slice = Slice.interleaved(k, slices, search.n());
                scope.fork(slice::perfectNumbers);                            // one virtual thread per slice
            }
            scope.join().forEach(subtask -> perfect.addAll(subtask.get()));   // every subtask succeeded
        }
        perfect.sort(null);
        perfect.forEach(p -> IO.println(p + " is a Perfect number"));
        IO.println(clock.doneLine());

        IO.println("2. One subtask fails after one second: the scope cancels its 3 siblings (each would sleep "
                + FOREVER.toMinutes() + " minutes)");
        AtomicInteger stopped = new AtomicInteger();
        clock = Stopwatch.start();
        try (var scope = StructuredTaskScope.open()) {                       // default joiner: all must succeed
            for (int i = 0; i < 3; i++) {
                scope.fork(() -> sleepUnlessStopped(FOREVER, stopped));
            }
            scope.fork(() -> { Thread.sleep(second); throw new IllegalStateException("slice 4 failed"); });
            scope.join();
        } catch (StructuredTaskScope.FailedException e) {
            IO.println("join() threw: " + e.getCause().getMessage());
        }
        IO.println(String.format(Locale.ROOT, "%d of 3 siblings were interrupted and stopped; the scope ended after %.2f seconds",
                stopped.get(), clock.seconds() / seconds(second)));

        IO.println("3. The first answer wins: three mirrors answer after 1, 2 and 3 seconds");
        clock = Stopwatch.start();
        stopped.set(0);
        String first;
        try (var scope = StructuredTaskScope.open(Joiner.<String>anySuccessfulResultOrThrow())) {
            for (int s = 1; s <= 3; s++) {
                int after = s;
                scope.fork(() -> { sleepUnlessStopped(second.multipliedBy(after), stopped); return "mirror " + after; });
            }
            first = scope.join();                                            // the others are cancelled
        }
        IO.println(String.format(Locale.ROOT, "%s answered first, %d slower ones stopped, after %.2f seconds",
                first, stopped.get(), clock.seconds() / seconds(second)));

        IO.println("4. The owner is interrupted after one second: every subtask ends with it");
        List<Thread> subtaskThreads = new CopyOnWriteArrayList<>();
        stopped.set(0);
        Thread owner = Thread.ofPlatform().name("owner").start(() -> {
            try (var scope = StructuredTaskScope.open()) {
                for (int i = 0; i < 4; i++) {
                    scope.fork(() -> { subtaskThreads.add(Thread.currentThread()); return sleepUnlessStopped(FOREVER, stopped); });
                }
                scope.join();                                                // throws when the owner is interrupted
            } catch (InterruptedException e) {
                IO.println("the owner's join() was interrupted; close() cancelled the scope and waited for its threads");
            }
        });
        Thread.sleep(second);
        owner.interrupt();
        owner.join();
        long alive = subtaskThreads.stream().filter(Thread::isAlive).count();
        IO.println(stopped.get() + " of " + subtaskThreads.size() + " subtasks stopped; threads of the scope still alive: " + alive);

        IO.println("5. The thread dump while a scope waits for a nested one (as jcmd <pid> Thread.dump_to_file -format=json shows it):");
        try (var outer = StructuredTaskScope.open(Joiner.<List<String>>awaitAllSuccessfulOrThrow(), c -> c.withName("search"))) {
            Subtask<List<String>> tree = outer.fork(() -> {
                try (var inner = StructuredTaskScope.open(Joiner.<Object>allSuccessfulOrThrow(), c -> c.withName("slices"))) {
                    var started = new CountDownLatch(2);
                    for (int i = 0; i < 2; i++) {
                        inner.fork(() -> { started.countDown(); return sleepUnlessStopped(FOREVER, stopped); });
                    }
                    started.await();
                    Thread.sleep(50);                                        // both asleep by now
                    List<String> dumped = ThreadDump.scopeTree(ThreadDump.now());
                    inner.fork(() -> { throw new IllegalStateException("dump taken"); });   // cancels the sleepers
                    try {
                        inner.join();
                    } catch (StructuredTaskScope.FailedException expected) {
                        // the failure above, as planned
                    }
                    return dumped;
                }
            });
            outer.join();
            tree.get().forEach(line -> IO.println("  " + line));
        }
        return alive == 0 ? 0 : 1;
    }

    /** Sleeps; when interrupted (cancelled by its scope), counts itself as stopped and ends. */
    static List<Integer> sleepUnlessStopped(Duration time, AtomicInteger stopped) throws InterruptedException {
        try {
            Thread.sleep(time);
            return List.of();
        } catch (InterruptedException e) {
            stopped.incrementAndGet();
            throw e;
        }
    }

    static double seconds(Duration second) {
        return second.toNanos() / 1e9;
    }

    void main(String[] args) { Cli.run(this, args); }
}
