package workbook.algorithm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbook.perfect.LinearSieve;
import workbook.perfect.PerfectNumbers;
import workbook.timing.Timings;

/**
 * The divisor-sum sieve against the linear sieve at several N, each timed several times. Steps
 * alone do not decide: the divisor-sum sieve makes about ln N times as many, but each is one
 * addition, while each step of the linear sieve pays a modulo (and often a division); once its
 * array outgrows the processor's caches, the divisor-sum sieve's jumps wait for memory.
 */
public final class SieveRace {
    private SieveRace() {}

    /** Both sieves at one N. */
    public record Heat(int n, Timings divisorSum, Timings linear) {
        /** The divisor-sum sieve's additions: {@code sums[m] += d} for every d and multiple m = 2d, 3d, ... below N. */
        public long divisorSumSteps() {
            long steps = 0;
            for (long d = 1; d <= (n - 1) / 2; d++) {
                steps += (n - 1) / d - 1;
            }
            return steps;
        }

        /** The linear sieve's steps: every number below N reached once (each composite from its smallest prime). */
        public long linearSteps() {
            return Math.max(1, n - 2);
        }

        /** Nanoseconds per step, medians: the cost of one step, which steps alone leave out. */
        public double divisorSumNanosPerStep() {
            return 1e9 * divisorSum.median() / Math.max(1, divisorSumSteps());
        }

        public double linearNanosPerStep() {
            return 1e9 * linear.median() / linearSteps();
        }

        /** The divisor-sum sieve's array, {@code long[N]}, in megabytes. */
        public double divisorSumMegabytes() {
            return 8.0 * n / 1e6;
        }
    }

    /** Both sieves at each N, {@code runs} times each (after one untimed run, for the JIT). */
    public static List<Heat> run(List<Integer> ns, int runs) {
        List<Heat> heats = new ArrayList<>();
        for (int n : ns) {
            PerfectNumbers.perfectBelow(n);
            LinearSieve.perfectBelow(n);
            Timings divisorSum = Timings.of(runs, () -> PerfectNumbers.perfectBelow(n));
            Timings linear = Timings.of(runs, () -> LinearSieve.perfectBelow(n));
            heats.add(new Heat(n, divisorSum, linear));
        }
        return heats;
    }

    /**
     * One paragraph per N: both times, which sieve won and by what factor, the steps and the cost
     * per step; then, across the N, how the cost per step of each sieve changed.
     */
    public static List<String> explain(List<Heat> heats) {
        List<String> lines = new ArrayList<>();
        for (Heat h : heats) {
            double ratio = h.divisorSum().median() / h.linear().median();
            lines.add(String.format(Locale.ROOT, "N = %,d: divisor-sum sieve %s; linear sieve %s.", h.n(),
                    millis(h.divisorSum()), millis(h.linear())));
            lines.add(String.format(Locale.ROOT, "    %s; the divisor-sum sieve makes %.1fx the steps"
                            + " (%.2f ns each, in an array of %s), the linear sieve %.2f ns per step.",
                    ratio > 1.15 ? String.format(Locale.ROOT, "the linear sieve is %.1fx faster", ratio)
                            : ratio < 1 / 1.15 ? String.format(Locale.ROOT, "the divisor-sum sieve is %.1fx faster", 1 / ratio)
                            : "level (within 15 %)",
                    (double) h.divisorSumSteps() / h.linearSteps(), h.divisorSumNanosPerStep(), size(h.divisorSumMegabytes()),
                    h.linearNanosPerStep()));
        }
        if (heats.size() > 1) {
            Heat first = heats.getFirst();
            Heat last = heats.getLast();
            lines.add(String.format(Locale.ROOT, "From N = %,d to N = %,d the cost of a step grew %.1fx in the divisor-sum sieve"
                            + " (its array from %s to %s), %.1fx in the linear sieve.", first.n(), last.n(),
                    last.divisorSumNanosPerStep() / first.divisorSumNanosPerStep(), size(first.divisorSumMegabytes()),
                    size(last.divisorSumMegabytes()), last.linearNanosPerStep() / first.linearNanosPerStep()));
            double divisorGrowth = last.divisorSumNanosPerStep() / first.divisorSumNanosPerStep();
            double linearGrowth = last.linearNanosPerStep() / first.linearNanosPerStep();
            lines.add(divisorGrowth > 2 && divisorGrowth > 2 * linearGrowth
                    ? "The divisor-sum sieve's steps grew dearer far faster: its array left the caches, and its jumps"
                            + " through it wait for memory. The linear sieve moves through its arrays more in order."
                    : "Neither sieve's steps grew much dearer: at these N memory is not yet what decides. The"
                            + " difference comes from what a step costs (an addition against a modulo and a division)"
                            + " and from the divisor-sum sieve's ln N times more steps.");
        }
        return lines;
    }

    /** {@code median 0.61 ms (0.55 to 0.70 ms over 3 runs)}: the sieves are too fast for seconds. */
    static String millis(Timings t) {
        if (t.runs() == 1) {
            return String.format(Locale.ROOT, "%.2f ms (one run)", 1000 * t.median());
        }
        return String.format(Locale.ROOT, "median %.2f ms (%.2f to %.2f ms over %d runs)", 1000 * t.median(),
                1000 * t.min(), 1000 * t.max(), t.runs());
    }

    private static String size(double megabytes) {
        return megabytes < 1 ? String.format(Locale.ROOT, "%.0f KB", megabytes * 1000) : String.format(Locale.ROOT, "%.0f MB", megabytes);
    }
}
