///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//PREVIEW
//JAVAC_OPTIONS -XDsuppressNotes
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/modern/*.java

// ScopedValue is final in JDK 25 (JEP 506); the scope whose subtasks inherit it is structured
// concurrency, a PREVIEW API of JDK 25 (hence //PREVIEW: --enable-preview for this script only).

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import workbook.cli.Cli;
import workbook.modern.ThreadLocalCost;

@Command(name = "scoped-values", mixinStandardHelpOptions = true,
        description = {"ScopedValue (final in JDK 25) against ThreadLocal: a value bound for a scope, inherited by the",
            "subtasks of a StructuredTaskScope (preview in JDK 25), rebound inside, gone after; then what a ThreadLocal",
            "used as a per-thread cache costs on a million virtual threads, measured."})
class ScopedValues implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--tasks", paramLabel = "T", defaultValue = "1000000",
            description = "Tasks (one virtual thread each) for the cost, 1 .. 1,000,000 (default: ${DEFAULT-VALUE}).")
    int tasks;

    @Option(names = "--bytes", paramLabel = "B", defaultValue = "1024",
            description = "Size of each thread's cached buffer, 1 .. 4096 bytes (default: ${DEFAULT-VALUE}).")
    int bytes;

    static final ScopedValue<String> USER = ScopedValue.newInstance();
    static final ThreadLocal<String> USER_LOCAL = new ThreadLocal<>();

    public Integer call() throws Exception {
        if (tasks < 1 || tasks > ThreadLocalCost.MAX_TASKS) {
            throw new ParameterException(spec.commandLine(), "--tasks must be 1 .. 1000000, got " + tasks);
        }
        if (bytes < 1 || bytes > 4096) {
            throw new ParameterException(spec.commandLine(), "--bytes must be 1 .. 4096, got " + bytes);
        }
        IO.println("1. The owner binds USER = alice and sets a ThreadLocal to alice, then forks two subtasks:");
        USER_LOCAL.set("alice");
        ScopedValue.where(USER, "alice").call(() -> {
            try (var scope = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow())) {
                scope.fork(() -> "subtask 1 reads USER = " + USER.get() + ", the ThreadLocal = " + USER_LOCAL.get());
                scope.fork(() -> "subtask 2 reads USER = " + USER.get() + ", the ThreadLocal = " + USER_LOCAL.get());
                scope.join().forEach(subtask -> IO.println("   " + subtask.get()));
            }
            IO.println("2. Rebound for a nested call, and back:");
            ScopedValue.where(USER, "guest").run(() -> IO.println("   inside: USER = " + USER.get()));
            IO.println("   after:  USER = " + USER.get());
            return null;
        });
        USER_LOCAL.remove();
        IO.println("3. Outside the binding USER is not bound at all: isBound() = " + USER.isBound()
                + " (a ThreadLocal stays set until remove())");

        IO.println(String.format(Locale.ROOT, "4. A per-thread cache of %,d bytes read by %,d tasks (measured on this machine):", bytes, tasks));
        int cores = Runtime.getRuntime().availableProcessors();
        report(ThreadLocalCost.onPool(tasks, bytes, cores));
        var copies = ThreadLocalCost.onVirtualThreads(tasks, bytes);
        var shared = sharedThroughAScope(tasks, bytes);
        report(copies);
        report(shared);
        IO.println(String.format(Locale.ROOT, "   the ThreadLocal's copies: %,.0f bytes more per virtual thread than the ScopedValue run",
                (copies.bytesAllocated() - shared.bytesAllocated()) / (double) tasks));
        IO.println("A ThreadLocal makes one copy per thread: cheap on a pool, one per task on virtual threads.");
        IO.println("A ScopedValue binds one immutable value that every subtask reads: no copies.");
        return 0;
    }

    /** The same tasks forked in one scope, reading one buffer bound as a ScopedValue. */
    static ThreadLocalCost.Run sharedThroughAScope(int tasks, int bytes) throws Exception {
        ScopedValue<byte[]> buffer = ScopedValue.newInstance();
        AtomicLong checksum = new AtomicLong();
        long before = ThreadLocalCost.allocated();
        long start = System.nanoTime();
        ScopedValue.where(buffer, new byte[bytes]).call(() -> {
            try (var scope = StructuredTaskScope.open()) {
                for (int i = 0; i < tasks; i++) {
                    scope.fork(() -> { checksum.addAndGet(buffer.get().length); });   // read, never copied
                }
                scope.join();
            }
            return null;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ThreadLocalCost.Run("a ScopedValue, subtasks of a scope", tasks, 0, ThreadLocalCost.allocated() - before, seconds);
    }

    static void report(ThreadLocalCost.Run run) {
        IO.println(String.format(Locale.ROOT, "   %-38s %,9d copies, %,8.1f MB allocated, %6.2f s (one run)",
                run.way() + ":", run.copies(), run.bytesAllocated() / 1e6, run.seconds()));
    }

    void main(String[] args) { Cli.run(this, args); }
}
