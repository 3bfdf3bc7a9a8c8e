package workbook.hunt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.RecursiveTask;
import java.util.stream.IntStream;

/**
 * The hunt: every prime exponent p up to a bound is a candidate; trial factoring removes the
 * ones with a small factor, Lucas-Lehmer decides the rest. Also the three ways of handing the
 * exponents to a pool that the load-balance step compares.
 */
public final class Hunt {
    private Hunt() {}

    /** Trial factors up to 16 p^2 (k up to 8p): a cost about p steps, small beside Lucas-Lehmer's. */
    public static long trialLimit(int p) {
        return Math.min(Mersenne.TRIAL_LIMIT, 16L * p * p);
    }

    /**
     * Whether the hunt squares by FFT ({@link FftSquaring}) at exponent p: where that was faster
     * than BigInteger's squaring here. That is from p = 4,000 on when each word of the transform
     * carries at least 13 bits (at p = 6,007, 512 words of 11.7 bits, the FFT was no faster than
     * BigInteger; at p = 9,941, 19.4 bits a word, it took 0.35 times BigInteger's time), and from
     * p = 10,000 on always (at p = 10,753, 1,024 words of 10.5 bits, half of BigInteger's time).
     */
    public static boolean squaresByFft(int p) {
        return p >= 10_000 || (p >= 4_000 && p >= 13 * FftSquaring.words(p));
    }

    /** The Lucas-Lehmer test by the faster squaring for p (see {@link #squaresByFft}). */
    public static boolean lucasLehmer(int p) {
        return lucasLehmer(p, FftSquaring.MAX_BITS_PER_WORD);
    }

    /** The same with up to {@code maxBitsPerWord} bits a word in the FFT. */
    static boolean lucasLehmer(int p, int maxBitsPerWord) {
        if (!squaresByFft(p)) {
            return Mersenne.lucasLehmer(p);
        }
        try {
            return FftSquaring.lucasLehmer(p, maxBitsPerWord);
        } catch (ArithmeticException roundOffTooLarge) {
            return Mersenne.lucasLehmer(p);                   // exact, slower
        }
    }

    /** The candidates: the prime exponents 2..max, smallest first. */
    public static List<Integer> candidates(int max) {
        return IntStream.rangeClosed(2, max).filter(Mersenne::isPrime).boxed().toList();
    }

    /** Tests one exponent, trial factoring first; times are measured from {@code epoch} (System.nanoTime). */
    public static Outcome test(int p, long epoch) {
        return test(p, epoch, true);
    }

    /** The same, with trial factoring left out when {@code trialFactoring} is false. */
    public static Outcome test(int p, long epoch, boolean trialFactoring) {
        var clock = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = clock.getCurrentThreadCpuTime();
        long start = System.nanoTime() - epoch;
        String worker = Thread.currentThread().getName();
        long factor = trialFactoring && p > 2 ? Mersenne.trialFactor(p, trialLimit(p)) : 0;
        Verdict verdict = factor != 0 ? Verdict.FACTORED
                : lucasLehmer(p) ? Verdict.PRIME : Verdict.COMPOSITE;
        return new Outcome(p, verdict, factor, worker, start, System.nanoTime() - epoch,
                clock.getCurrentThreadCpuTime() - cpu);
    }

    /** The order in which exponents reach the pool's workers. */
    public enum Order {
        FIFO("FIFO, smallest first"),
        LARGEST_FIRST("largest first"),
        WORK_STEALING("work stealing (ForkJoinPool)");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Runs the hunt over {@code exponents} on {@code workers} threads in the given order; outcomes smallest p first. */
    public static List<Outcome> run(List<Integer> exponents, Order order, int workers) throws InterruptedException {
        long epoch = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        if (order == Order.WORK_STEALING) {
            try (ForkJoinPool pool = new ForkJoinPool(workers)) {
                outcomes.addAll(pool.invoke(new Split(exponents, epoch)));
            }
        } else {
            List<Integer> queue = new ArrayList<>(exponents);
            queue.sort(order == Order.FIFO ? Comparator.naturalOrder() : Comparator.reverseOrder());
            List<Future<Outcome>> futures = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
                for (int p : queue) {
                    futures.add(pool.submit(() -> test(p, epoch)));
                }
                for (Future<Outcome> future : futures) {
                    outcomes.add(get(future));
                }
            }
        }
        outcomes.sort(Comparator.comparingInt(Outcome::p));
        return outcomes;
    }

    private static Outcome get(Future<Outcome> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Work stealing: halves of the list, each forked; an idle worker steals a half not yet started. */
    private static final class Split extends RecursiveTask<List<Outcome>> {
        private final List<Integer> exponents;
        private final long epoch;

        Split(List<Integer> exponents, long epoch) {
            this.exponents = exponents;
            this.epoch = epoch;
        }

        @Override
        protected List<Outcome> compute() {
            if (exponents.size() == 1) {
                return List.of(test(exponents.getFirst(), epoch));
            }
            int mid = exponents.size() / 2;
            Split left = new Split(exponents.subList(0, mid), epoch);
            Split right = new Split(exponents.subList(mid, exponents.size()), epoch);
            left.fork();
            List<Outcome> both = new ArrayList<>(right.compute());
            both.addAll(left.join());
            return both;
        }
    }

    /**
     * Exponents dealt to {@code parts} partitions so that none gets all the large ones: largest
     * first, card by card, the direction reversed each round (a snake draft). Returned as one list
     * whose consecutive slices of equal size are the partitions, as Spark's parallelize cuts it.
     */
    public static List<Integer> dealt(List<Integer> exponents, int parts) {
        List<Integer> sorted = new ArrayList<>(exponents);
        sorted.sort(Comparator.reverseOrder());
        List<List<Integer>> hands = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            hands.add(new ArrayList<>());
        }
        for (int i = 0; i < sorted.size(); i++) {
            int round = i / parts;
            int seat = i % parts;
            hands.get(round % 2 == 0 ? seat : parts - 1 - seat).add(sorted.get(i));
        }
        List<Integer> dealt = new ArrayList<>();
        hands.forEach(dealt::addAll);
        return dealt;
    }

    /** How many of the outcomes have the verdict. */
    public static long count(List<Outcome> outcomes, Verdict verdict) {
        return outcomes.stream().filter(o -> o.verdict() == verdict).count();
    }

    /** The exponents of the perfect numbers found, smallest first. */
    public static List<Integer> found(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::prime).map(Outcome::p).sorted().toList();
    }

    /** {@code #5 p = 13: 8 digits, 33550336}; numbers longer than 2 x {@code shown} digits print their ends only. */
    public static String line(int rank, int p, int shown) {
        String digits = Mersenne.perfect(p).toString();
        String text = shown <= 0 || digits.length() <= 2 * shown ? digits
                : digits.substring(0, shown) + "..." + digits.substring(digits.length() - shown);
        return String.format(Locale.ROOT, "#%d p = %d: %d digit%s, %s", rank, p, digits.length(),
                digits.length() == 1 ? "" : "s", text);
    }

    /** The number of decimal digits of 2^(p-1) (2^p - 1). */
    public static int digits(int p) {
        return Mersenne.perfect(p).toString().length();
    }
}
