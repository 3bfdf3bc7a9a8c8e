///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/modern/*.java
//SOURCES ../src/main/java/workbook/perfect/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/ways/*.java
//SOURCES ../src/main/java/workbook/shared/*.java

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Gatherers;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import workbook.cli.Cli;
import workbook.cli.SearchOptions;
import workbook.cli.SleepyOptions;
import workbook.modern.InFlight;
import workbook.perfect.PerfectNumbers;
import workbook.timing.Stopwatch;
import workbook.timing.Timings;
import workbook.ways.FixedPool;

@Command(name = "map-concurrent", mixinStandardHelpOptions = true,
        description = {"Gatherers.mapConcurrent(limit, f) (JDK 24): Pool.map on virtual threads, results in input order,",
            "at most 'limit' at once. Sleeping work: it beats a fixed pool of one thread per core; a Semaphore bounds",
            "concurrency the same way. Computing work: it cannot pass the cores."})
class MapConcurrent implements Callable<Integer> {
    @Mixin SleepyOptions sleepy;
    @Mixin SearchOptions search;

    @Option(names = "--sleepers", paramLabel = "S", defaultValue = "10000",
            description = "Tasks that each sleep one second, 1 .. 100,000 (default: ${DEFAULT-VALUE}).")
    int sleepers;

    @Option(names = "--limit", paramLabel = "L", defaultValue = "1000",
            description = "Most tasks at once, 1 .. 10,000 (default: ${DEFAULT-VALUE}: 10,000 sleeps take about 10 s).")
    int limit;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3",
            description = "Timed runs of each search, 1 .. 20 (default: ${DEFAULT-VALUE}).")
    int runs;

    public Integer call() throws Exception {
        check("--sleepers", sleepers, 100_000);
        check("--limit", limit, 10_000);
        check("--runs", runs, 20);
        Duration second = sleepy.second();
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> sleeps = IntStream.range(0, sleepers).boxed().toList();

        IO.println(String.format(Locale.ROOT, "1. %,d one-second sleeps through mapConcurrent(%,d, ...):", sleepers, limit));
        InFlight inFlight = new InFlight();
        var clock = Stopwatch.start();
        List<Integer> woke = sleeps.stream()
                .gather(Gatherers.mapConcurrent(limit, i -> sleepOrStop(i, second, inFlight)))   // one virtual thread each
                .toList();
        double gathered = clock.seconds();
        IO.println(String.format(Locale.ROOT, "   %.2f seconds, at most %,d at once, results in input order: %s (one run)",
                gathered / seconds(second), inFlight.peak(), woke.equals(sleeps)));

        IO.println(String.format(Locale.ROOT, "2. The same sleeps, one virtual thread each, a Semaphore of %,d permits:", limit));
        InFlight permitted = new InFlight();
        Semaphore permits = new Semaphore(limit);
        clock = Stopwatch.start();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> futures = sleeps.stream().map(i -> executor.submit(() -> {
                permits.acquire();                                // wait for one of the permits
                try {
                    return sleep(i, second, permitted);
                } finally {
                    permits.release();
                }
            })).toList();
            for (int i = 0; i < futures.size(); i++) {
                if (futures.get(i).get() != i) throw new IllegalStateException("out of order at " + i);
            }
        }
        IO.println(String.format(Locale.ROOT, "   %.2f seconds, at most %,d at once (one run)",
                clock.seconds() / seconds(second), permitted.peak()));

        int poolSleeps = Math.min(sleepers, 5 * cores);             // 5 rounds: all of them would take hours
        IO.println(String.format(Locale.ROOT, "3. A fixed pool of %d platform threads (one per core) over the first %d sleeps:", cores, poolSleeps));
        clock = Stopwatch.start();
        new FixedPool(cores).map(sleeps.subList(0, poolSleeps), i -> sleep(i, second, new InFlight()));
        double poolSeconds = clock.seconds();
        double poolAll = poolSeconds / poolSleeps * sleepers;       // the same rate over all the sleeps
        IO.println(String.format(Locale.ROOT, "   %.2f seconds; at that rate all %,d would take %,.0f seconds (one run)",
                poolSeconds / seconds(second), sleepers, poolAll / seconds(second)));
        IO.println(String.format(Locale.ROOT, "   sleeping work: mapConcurrent is %,.1f x faster than the pool", poolAll / gathered));

        List<Integer> numbers = search.numbers();
        IO.println(String.format(Locale.ROOT, "4. Computing: the perfect test over 1 .. %,d, %d runs each:", search.n() - 1, runs));
        List<Boolean> expected = new FixedPool(cores).map(numbers, PerfectNumbers::isPerfect);   // also a warm-up
        double loop = Stopwatch.time(() -> numbers.forEach(PerfectNumbers::isPerfect));
        Timings pool = Timings.of(runs, () -> new FixedPool(cores).map(numbers, PerfectNumbers::isPerfect));
        Timings gatherer = Timings.of(runs, () -> {
            List<Boolean> perfect = numbers.stream().gather(Gatherers.mapConcurrent(limit, PerfectNumbers::isPerfect)).toList();
            if (!perfect.equals(expected)) throw new IllegalStateException("mapConcurrent disagrees with the pool");
        });
        IO.println(String.format(Locale.ROOT, "   plain loop, one thread:         %.3f s (one run)", loop));
        IO.println("   fixed pool of " + cores + " threads:         " + pool);
        IO.println("   mapConcurrent(" + limit + ", isPerfect):  " + gatherer);
        double ratio = gatherer.median() / pool.median();
        IO.println(String.format(Locale.ROOT, "   computing work: mapConcurrent takes %.2f x the pool's time (within 10 %%: %s)",
                ratio, Math.abs(ratio - 1) <= 0.10 ? "yes" : "no"));
        double speedup = loop / gatherer.median();
        IO.println(String.format(Locale.ROOT, "   speedup over the loop: %.2f with %d cores; %s", speedup, cores,
                speedup <= cores * 1.05 ? String.format(Locale.ROOT, "a limit of %,d does not pass the cores", limit)
                        : "above the cores, which no limit can give: other programs share this machine's cores,"
                        + " and these runs got a larger share of them than the loop's run"));
        return 0;
    }

    /** One of the guide's sleeps, counted while it runs; returns its own number. */
    static int sleep(int i, Duration second, InFlight inFlight) throws InterruptedException {
        inFlight.enter();
        try {
            Thread.sleep(second);
            return i;
        } finally {
            inFlight.leave();
        }
    }

    /** The same for a Function, which may not throw InterruptedException: stopped, it ends unchecked. */
    static int sleepOrStop(int i, Duration second, InFlight inFlight) {
        try {
            return sleep(i, second, inFlight);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        }
    }

    void check(String option, int value, int max) {
        if (value < 1 || value > max) {
            throw new ParameterException(sleepy.spec().commandLine(),
                    String.format(Locale.ROOT, "%s must be 1 .. %d, got %d", option, max, value));
        }
    }

    static double seconds(Duration second) {
        return second.toNanos() / 1e9;
    }

    void main(String[] args) { Cli.run(this, args); }
}
