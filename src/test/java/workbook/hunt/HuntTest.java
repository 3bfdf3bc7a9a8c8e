package workbook.hunt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import workbook.perfect.PerfectNumbers;

class HuntTest {
    static final List<Integer> A000043_BELOW_10000 = List.of(2, 3, 5, 7, 13, 17, 19, 31, 61, 89, 107, 127,
            521, 607, 1279, 2203, 2281, 3217, 4253, 4423, 9689, 9941);

    @Test
    void theHuntBelow10000FindsExactlyTheKnownExponents() throws InterruptedException {
        List<Outcome> outcomes = Hunt.run(Hunt.candidates(9_999), Hunt.Order.LARGEST_FIRST, 2);
        assertEquals(A000043_BELOW_10000, Hunt.found(outcomes));
        assertEquals(1229, outcomes.size(), "the primes below 10000");
        assertEquals(5985, Hunt.digits(9941));
    }

    @Test
    void everyOrderFindsTheSame() throws InterruptedException {
        List<Integer> candidates = Hunt.candidates(700);
        for (Hunt.Order order : Hunt.Order.values()) {
            List<Outcome> outcomes = Hunt.run(candidates, order, 3);
            assertEquals(A000043_BELOW_10000.subList(0, 14), Hunt.found(outcomes), order.label());
            assertEquals(candidates, outcomes.stream().map(Outcome::p).toList());
        }
    }

    @Test
    void theFirstPerfectNumbersAgreeWithTheDivisorSumSieve() {
        List<Integer> sieve = PerfectNumbers.perfectBelow(10_000);          // the divisor-sum sieve
        List<Integer> fromExponents = List.of(2, 3, 5, 7).stream()
                .map(p -> Mersenne.perfect(p).intValueExact()).toList();
        assertEquals(sieve, fromExponents);
        assertEquals(BigInteger.valueOf(33_550_336), Mersenne.perfect(13));
    }

    @Test
    void compositeExponentsAndCompositeMersenneNumbersAreRejected() {
        for (int p : List.of(4, 6, 8, 9, 10, 15, 21, 25)) {
            assertFalse(Mersenne.lucasLehmer(p), "p = " + p);
        }
        assertFalse(Mersenne.lucasLehmer(11), "2^11 - 1 = 23 * 89");
        assertEquals(23, Mersenne.trialFactor(11, 1000));
        assertEquals(Verdict.FACTORED, Hunt.test(11, System.nanoTime()).verdict());
        assertEquals(Verdict.COMPOSITE, Hunt.test(11, System.nanoTime(), false).verdict());
        assertFalse(Mersenne.lucasLehmer(23), "47 divides 2^23 - 1");
        assertFalse(Mersenne.lucasLehmer(67), "Cole's 193707721 x 761838257287");
    }

    @Test
    void trialFactoringNeverRejectsAPrime() {
        IntStream.range(3, 2_000).filter(Mersenne::isPrime).forEach(p -> {
            long q = Mersenne.trialFactor(p, Hunt.trialLimit(p));
            if (q != 0) {
                assertFalse(Mersenne.lucasLehmer(p), "p = " + p + " has factor " + q + " but Lucas-Lehmer says prime");
                assertEquals(BigInteger.ZERO, Mersenne.number(p).mod(BigInteger.valueOf(q)), "p = " + p);
                assertTrue(BigInteger.valueOf(q).compareTo(Mersenne.number(p)) < 0);
            }
        });
    }

    @Test
    void theShiftAndAddReductionAgreesWithMod() {
        for (int p : List.of(3, 7, 61, 89, 127, 521)) {
            BigInteger m = Mersenne.number(p);
            BigInteger x = BigInteger.valueOf(3).pow(2 * p).add(BigInteger.valueOf(p));
            assertEquals(x.mod(m), Mersenne.reduce(x, p, m));
            assertEquals(BigInteger.ZERO, Mersenne.reduce(m, p, m));
            assertEquals(Mersenne.lucasLehmer(p), Mersenne.lucasLehmerWithMod(p));
        }
    }

    @Test
    void theTestByHandForSeven() {
        long[] s = Mersenne.sequence(7, 6);
        assertEquals(List.of(4L, 14L, 67L, 42L, 111L, 0L), java.util.Arrays.stream(s).boxed().toList());
    }

    @Test
    void dealingGivesEveryPartitionLargeExponents() {
        List<Integer> dealt = Hunt.dealt(List.of(1, 2, 3, 4, 5, 6, 7, 8), 2);
        assertEquals(List.of(8, 5, 4, 1, 7, 6, 3, 2), dealt);
    }

    @Test
    void theSlopeOfAPowerLaw() {
        double[] x = {10, 100, 1000};
        double[] y = {3e-4, 3e-2, 3};
        assertEquals(2.0, workbook.hunt.charts.HuntCharts.fit(x, y).slope(), 1e-9);
    }

    @Test
    void linesShowTheEndsOfLongNumbers() {
        assertEquals("#5 p = 13: 8 digits, 33550336", Hunt.line(5, 13, 10));
        assertEquals("#8 p = 31: 19 digits, 2305...2128", Hunt.line(8, 31, 4));
        assertEquals("#8 p = 31: 19 digits, 2305843008139952128", Hunt.line(8, 31, 0));
    }
}
