package workbook.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import workbook.ways.Task;
import workbook.ways.TaskFailedException;
import workbook.shared.Threads;

/**
 * Producers put work into one bounded {@link BlockingQueue}; consumers take it out, do it, and
 * send each result back through a second queue. The end is clean: once every producer has
 * finished, one poison pill per consumer goes into the work queue, and a consumer that takes a
 * pill reports how much it handled and stops. Nothing is lost, so what went in comes out.
 *
 * <p>A bounded work queue makes a fast producer wait ({@code put} blocks) until a consumer has
 * made room: the queue never holds more than {@code capacity} items. A task that throws does not
 * kill its consumer: the failure travels back like a result, and {@link #run} throws it once the
 * pipeline has ended. An interrupt of the calling thread stops every producer and consumer.
 */
public final class ProducersAndConsumers {
    /** What travels through the work queue: an item of work, or the pill that says "stop". */
    public sealed interface Message<T> permits Item, PoisonPill {}

    public record Item<T>(T input) implements Message<T> {}

    public record PoisonPill<T>() implements Message<T> {}

    /** What travels back through the results queue. */
    public sealed interface Reply<T, R> permits Result, Failure, Finished {}

    /** A consumer did the work for {@code input}. */
    public record Result<T, R>(T input, R value, String consumer) implements Reply<T, R> {}

    /** The work for {@code input} threw; it still counts as handled. */
    public record Failure<T, R>(TaskFailedException error, String consumer) implements Reply<T, R> {}

    /** A consumer took its poison pill after handling {@code handled} items. */
    public record Finished<T, R>(String consumer, long handled) implements Reply<T, R> {}

    /** The counts of a run: what each producer put in, what each consumer handled, what came back. */
    public record Tally<T, R>(SortedMap<String, Long> produced, SortedMap<String, Long> consumed,
                              List<Result<T, R>> results, long failures) {
        public long in() {
            return produced.values().stream().mapToLong(Long::longValue).sum();
        }

        public long handled() {
            return consumed.values().stream().mapToLong(Long::longValue).sum();
        }

        public long out() {
            return results.size() + failures;
        }

        /** True when every item put in was handled once and came back once. */
        public boolean balanced() {
            return in() == handled() && handled() == out();
        }

        /** What each producer put in, what each consumer handled, and the three totals, one line each. */
        public List<String> countLines() {
            List<String> lines = new ArrayList<>();
            produced.forEach((producer, count) -> lines.add(String.format(java.util.Locale.ROOT,
                    "%s put %,d number%s into the work queue", producer, count, count == 1 ? "" : "s")));
            consumed.forEach((consumer, count) -> lines.add(String.format(java.util.Locale.ROOT,
                    "%s handled %,d number%s, then took its poison pill", consumer, count, count == 1 ? "" : "s")));
            lines.add(String.format(java.util.Locale.ROOT, "in: %,d  handled: %,d  out: %,d  -> %s", in(), handled(), out(),
                    balanced() ? "nothing lost, nothing twice" : "MISMATCH"));
            return lines;
        }
    }

    /** producer-2 before producer-10. */
    private static final Comparator<String> NAME_ORDER =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private final int producers;
    private final int consumers;
    private final int capacity;

    public ProducersAndConsumers(int producers, int consumers, int capacity) {
        if (producers < 1 || consumers < 1 || capacity < 1) {
            throw new IllegalArgumentException("need at least 1 producer, 1 consumer and room for 1 item, got "
                    + producers + ", " + consumers + " and " + capacity);
        }
        this.producers = producers;
        this.consumers = consumers;
        this.capacity = capacity;
    }

    /**
     * Producer p of P puts inputs p, p + P, p + 2P, ...; the consumers apply {@code task} to
     * whatever they take. Returns the counts and every result (in the order they came back).
     */
    public <T, R> Tally<T, R> run(List<T> inputs, Task<? super T, ? extends R> task) throws InterruptedException {
        BlockingQueue<Message<T>> work = new ArrayBlockingQueue<>(capacity);
        BlockingQueue<Reply<T, R>> replies = new LinkedBlockingQueue<>();   // unbounded: a consumer never waits to reply
        long[] produced = new long[producers];
        List<Thread> producerThreads = new ArrayList<>();
        List<Thread> consumerThreads = new ArrayList<>();
        try {
            for (int c = 0; c < consumers; c++) {
                String name = "consumer-" + (c + 1);
                consumerThreads.add(Thread.ofPlatform().name(name).start(() -> consume(name, work, replies, task)));
            }
            for (int p = 0; p < producers; p++) {
                int index = p;
                producerThreads.add(Thread.ofPlatform().name("producer-" + (p + 1)).start(() -> {
                    try {
                        for (int i = index; i < inputs.size(); i += producers) {
                            work.put(new Item<>(inputs.get(i)));        // waits while the queue is full
                            produced[index]++;
                        }
                    } catch (InterruptedException e) {
                        // stopped: the caller was interrupted
                    }
                }));
            }
            for (Thread producer : producerThreads) {
                producer.join();
            }
            for (int c = 0; c < consumers; c++) {
                work.put(new PoisonPill<>());                           // after all the work: one pill each
            }
            return collect(produced, replies);
        } catch (OutOfMemoryError e) {                                          // "unable to create native thread"
            throw new IllegalStateException("could not start thread " + (producerThreads.size() + consumerThreads.size() + 1)
                    + " of " + (producers + consumers) + " (" + e.getMessage() + ")", e);
        } finally {
            Threads.stop(producerThreads);                                      // no thread outlives the call: after a clean
            Threads.stop(consumerThreads);                                      // end they have all returned already
        }
    }

    private <T, R> Tally<T, R> collect(long[] produced, BlockingQueue<Reply<T, R>> replies) throws InterruptedException {
        SortedMap<String, Long> consumed = new TreeMap<>(NAME_ORDER);
        List<Result<T, R>> results = new ArrayList<>();
        TaskFailedException firstFailure = null;
        long failures = 0;
        while (consumed.size() < consumers) {
            switch (replies.take()) {
                case Result<T, R> result -> results.add(result);
                case Failure<T, R> failure -> {
                    failures++;
                    if (firstFailure == null) {
                        firstFailure = failure.error();
                    }
                }
                case Finished<T, R> finished -> consumed.put(finished.consumer(), finished.handled());
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        SortedMap<String, Long> producedByName = new TreeMap<>(NAME_ORDER);
        for (int p = 0; p < producers; p++) {
            producedByName.put("producer-" + (p + 1), produced[p]);
        }
        return new Tally<>(producedByName, consumed, results, failures);
    }

    private static <T, R> void consume(String name, BlockingQueue<Message<T>> work, BlockingQueue<Reply<T, R>> replies,
                                       Task<? super T, ? extends R> task) {
        long handled = 0;
        try {
            while (true) {
                Message<T> message = work.take();
                if (message instanceof Item<T>(T input)) {
                    replies.put(reply(name, input, task));
                    handled++;
                } else {
                    replies.put(new Finished<>(name, handled));        // the pill: report and stop
                    return;
                }
            }
        } catch (InterruptedException e) {
            // stopped: the caller was interrupted
        }
    }

    private static <T, R> Reply<T, R> reply(String consumer, T input, Task<? super T, ? extends R> task)
            throws InterruptedException {
        try {
            return new Result<>(input, task.apply(input), consumer);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return new Failure<>(new TaskFailedException(input, e), consumer);
        }
    }
}
