///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//RUNTIME_OPTIONS -Xlog:os+thread=off
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/perfect/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/shared/*.java

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.cli.Limits;
import workbook.cli.SearchOptions;
import workbook.perfect.PerfectNumbers;
import workbook.shared.Threads;
import workbook.timing.Stopwatch;

@Command(name = "queue", mixinStandardHelpOptions = true,
        description = "Producers put the numbers into a BlockingQueue, consumers test them and send the results back "
                + "through a second queue; a poison pill per consumer ends it cleanly. Counts in = counts out.")
class Queue implements Callable<Integer> {
    @Mixin SearchOptions search;

    @Option(names = "--producers", paramLabel = "P", defaultValue = "2", description = "Producer threads (default: ${DEFAULT-VALUE}; producers and consumers together at most a quarter of the threads this machine allows).")
    int producers;

    @Option(names = "--consumers", paramLabel = "C", description = "Consumer threads (default: one per available processor).")
    int consumers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--capacity", paramLabel = "Q", defaultValue = "100", description = "Room in the work queue; a producer waits when it is full (default: ${DEFAULT-VALUE}; its array must fit in half of the JVM's memory).")
    int capacity;

    static final int PILL = -1;                       // not a number to test: "the work is over"

    record Tested(int n, boolean perfect) {}          // what a consumer sends back

    public Integer call() throws InterruptedException {
        checkSizes();
        List<Integer> numbers = search.numbers();
        BlockingQueue<Integer> work = new ArrayBlockingQueue<>(capacity);   // put() waits while it is full
        BlockingQueue<Tested> results = new LinkedBlockingQueue<>();         // no limit: a consumer never waits to reply
        long[] produced = new long[producers];        // each thread counts in its own slot; read after join()
        long[] handled = new long[consumers];
        List<Thread> producerThreads = new ArrayList<>();
        List<Thread> consumerThreads = new ArrayList<>();
        var clock = Stopwatch.start();
        try {
            for (int c = 0; c < consumers; c++) {
                int me = c;
                consumerThreads.add(Thread.ofPlatform().name("consumer-" + (c + 1)).start(() -> {
                    try {
                        for (int n = work.take(); n != PILL; n = work.take()) {   // take() waits while it is empty
                            results.put(new Tested(n, PerfectNumbers.isPerfect(n)));
                            handled[me]++;
                        }                                                       // the pill: stop
                    } catch (InterruptedException e) {
                        // stopped from outside
                    }
                }));
            }
            for (int p = 0; p < producers; p++) {
                int me = p;
                producerThreads.add(Thread.ofPlatform().name("producer-" + (p + 1)).start(() -> {
                    try {
                        for (int i = me; i < numbers.size(); i += producers) {   // producer p puts p+1, p+1+P, ...
                            work.put(numbers.get(i));
                            produced[me]++;
                        }
                    } catch (InterruptedException e) {
                        // stopped from outside
                    }
                }));
            }
            for (Thread producer : producerThreads) {
                producer.join();                      // all the work is in the queue (or taken already)
            }
            for (int c = 0; c < consumers; c++) {
                work.put(PILL);                       // behind all the work: one pill per consumer
            }
            for (Thread consumer : consumerThreads) {
                consumer.join();                      // each ends at its pill
            }
        } catch (OutOfMemoryError e) {                // the machine would not give one more thread
            throw new IllegalStateException("could not start thread " + (producerThreads.size() + consumerThreads.size() + 1)
                    + " of " + (producers + consumers) + " (" + e.getMessage() + ")");
        } finally {
            Threads.stop(producerThreads);            // none outlives the run; after a clean end, none is left
            Threads.stop(consumerThreads);
        }
        report(results, produced, handled);
        IO.println(clock.doneLine());
        long in = sum(produced);
        return in == numbers.size() && in == sum(handled) && in == results.size() ? 0 : 1;
    }

    void checkSizes() {
        var spec = search.spec();
        Limits.threads(spec, "--producers", Cli.atLeast(spec, "--producers", 1, producers));
        Limits.threads(spec, "--consumers", Cli.atLeast(spec, "--consumers", 1, consumers));
        Limits.threads(spec, "--producers and --consumers together", producers + consumers);
        Limits.memory(spec, "--capacity", Cli.atLeast(spec, "--capacity", 1, capacity), 8, "the work queue's array");
        Limits.memory(spec, "--n", search.n(), 64, "the numbers, each an object travelling there and back");
    }

    void report(BlockingQueue<Tested> results, long[] produced, long[] handled) {
        results.stream().filter(Tested::perfect).map(Tested::n).sorted().forEach(n -> IO.println(n + " is a Perfect number"));
        for (int p = 0; p < producers; p++) {
            IO.println(String.format(Locale.ROOT, "producer-%d put %,d numbers into the work queue", p + 1, produced[p]));
        }
        for (int c = 0; c < consumers; c++) {
            IO.println(String.format(Locale.ROOT, "consumer-%d handled %,d numbers, then took its poison pill", c + 1, handled[c]));
        }
        long in = sum(produced), done = sum(handled), out = results.size();
        IO.println(String.format(Locale.ROOT, "in: %,d  handled: %,d  out: %,d  -> %s", in, done, out,
                in == done && done == out ? "nothing lost, nothing twice" : "MISMATCH"));
    }

    static long sum(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    void main(String[] args) { Cli.run(this, args); }
}
