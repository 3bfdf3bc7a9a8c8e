///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/timing/*.java

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import workbook.cli.Cli;
import workbook.cli.SleepyOptions;
import workbook.timing.Stopwatch;

@Command(name = "futures", mixinStandardHelpOptions = true,
        description = {"CompletableFuture composition: supplyAsync, thenCombine, allOf, timeouts (orTimeout,",
            "completeOnTimeout), failures (exceptionally, handle); then invokeAll and invokeAny on an ExecutorService.",
            "Each call sleeps a number of the guide's seconds (--second-ms)."})
class Futures implements Callable<Integer> {
    @Mixin SleepyOptions sleepy;

    Duration second;
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();

    public Integer call() throws Exception {
        second = sleepy.second();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            IO.println("1. supplyAsync twice, thenCombine: a price (1 s) and a rate (1 s), asked at once");
            var clock = Stopwatch.start();
            CompletableFuture<Integer> price = CompletableFuture.supplyAsync(() -> slow(1, 40), executor);
            CompletableFuture<Integer> rate = CompletableFuture.supplyAsync(() -> slow(1, 3), executor);
            int total = price.thenCombine(rate, (p, r) -> p * r).join();
            IO.println("   total = " + total + ", " + guideSeconds(clock));

            IO.println("2. allOf: five lookups of 1..5 seconds, then every result, in order");
            clock = Stopwatch.start();
            List<CompletableFuture<Integer>> lookups = List.of(1, 2, 3, 4, 5).stream()
                    .map(s -> CompletableFuture.supplyAsync(() -> slow(s, s * 10), executor)).toList();
            CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new)).join();
            IO.println("   " + lookups.stream().map(CompletableFuture::join).toList() + ", " + guideSeconds(clock));

            IO.println("3. Timeouts: two 3-second calls, each given 1 second");
            clock = Stopwatch.start();
            CompletableFuture<String> late = CompletableFuture.supplyAsync(() -> slow(3, 1).toString(), executor)
                    .orTimeout(second.toMillis(), TimeUnit.MILLISECONDS)             // fails with a TimeoutException
                    .exceptionally(e -> "no answer (" + e.getClass().getSimpleName() + ")");
            CompletableFuture<String> fallback = CompletableFuture.supplyAsync(() -> slow(3, 1).toString(), executor)
                    .completeOnTimeout("the cached value", second.toMillis(), TimeUnit.MILLISECONDS);
            IO.println("   orTimeout, exceptionally: " + late.join() + "; completeOnTimeout: " + fallback.join()
                    + ", " + guideSeconds(clock));
            IO.println("   (neither stops the slow call: it still runs, and close() below waits for it)");

            IO.println("4. Failures: exceptionally recovers, handle sees a result or the failure");
            CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> { throw new IllegalStateException("the server is down"); }, executor);
            IO.println("   exceptionally: " + failing.exceptionally(e -> -1).join());
            IO.println("   handle:        " + failing.handle((value, e) -> e == null ? "got " + value : "failed: " + e.getCause().getMessage()).join());
            IO.println("   thenApply after a failure is skipped: " + failing.thenApply(v -> v + 1).isCompletedExceptionally());

            IO.println("5. invokeAll: three tasks, every Future done when it returns, in the order given");
            clock = Stopwatch.start();
            List<Callable<Integer>> tasks = List.of(() -> slow(3, 30), () -> slow(1, 10), () -> slow(2, 20));
            List<Integer> all = executor.invokeAll(tasks).stream().map(Future::resultNow).toList();
            IO.println("   " + all + ", " + guideSeconds(clock));

            IO.println("6. invokeAny: the same three tasks, the first to succeed wins, the others are cancelled");
            clock = Stopwatch.start();
            int first = executor.invokeAny(tasks);
            IO.println("   " + first + ", " + guideSeconds(clock));
        }                                                       // close() waits for every task still running
        IO.println("Slow calls started: " + started.get() + ", ran to the end: " + finished.get()
                + " (the two timed-out calls ran to the end anyway; invokeAny cancelled its two slower tasks)");
        return 0;
    }

    /** A remote call: sleeps {@code seconds} of the guide's seconds, then answers {@code value}. */
    Integer slow(int seconds, int value) {
        started.incrementAndGet();
        try {
            Thread.sleep(second.multipliedBy(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("cancelled");
        }
        finished.incrementAndGet();
        return value;
    }

    String guideSeconds(Stopwatch clock) {
        return String.format(Locale.ROOT, "after %.1f seconds", clock.seconds() * 1e9 / second.toNanos());
    }

    void main(String[] args) { Cli.run(this, args); }
}
