package workbook.perfect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerfectNumbersTest {

    @Test
    void allThreeDivisorSumsAgreeUpTo20000() {
        long[] sieve = PerfectNumbers.divisorSumSieve(20_001);
        for (int n = 0; n <= 20_000; n++) {
            long naive = PerfectNumbers.divisorSumBelow(n);
            assertEquals(naive, PerfectNumbers.divisorSumToRoot(n), "root sum of " + n);
            assertEquals(naive, sieve[n], "sieve sum of " + n);
        }
    }

    @Test
    void rootSumAndSieveAgreeUpToAMillion() {
        long[] sieve = PerfectNumbers.divisorSumSieve(1_000_001);
        for (int n = 0; n <= 1_000_000; n++) {
            assertEquals(PerfectNumbers.divisorSumToRoot(n), sieve[n], "sum of " + n);
        }
    }

    @Test
    void knownDivisorSums() {
        assertEquals(1 + 2 + 3, PerfectNumbers.divisorSumBelow(6));
        assertEquals(1 + 2 + 4 + 7 + 14, PerfectNumbers.divisorSumToRoot(28));
        assertEquals(1 + 2 + 3 + 4 + 6, PerfectNumbers.divisorSumToRoot(12));
        assertEquals(1 + 3, PerfectNumbers.divisorSumToRoot(9));         // a square counts its root once
        assertEquals(1, PerfectNumbers.divisorSumToRoot(97));            // a prime
    }

    @Test
    void theGuidesPerfectNumbersBelow100000() {
        List<Integer> found = new ArrayList<>();
        for (int n = 1; n < 100_000; n++) {
            if (PerfectNumbers.isPerfectToRoot(n)) {
                found.add(n);
            }
        }
        assertEquals(List.of(6, 28, 496, 8128), found);
        assertEquals(found, PerfectNumbers.perfectBelow(100_000));
    }

    @Test
    void perfectNumbersUpTo33550336Inclusive() {
        assertEquals(List.of(6, 28, 496, 8128, 33_550_336), PerfectNumbers.perfectBelow(33_550_337));
        assertTrue(PerfectNumbers.isPerfectToRoot(33_550_336));
    }

    @Test
    void theGuidesLoopFindsThePerfectNumbersBelow10000() {
        List<Integer> found = new ArrayList<>();
        for (int n = 1; n < 10_000; n++) {
            if (PerfectNumbers.isPerfect(n)) {
                found.add(n);
            }
        }
        assertEquals(List.of(6, 28, 496, 8128), found);
    }

    @Test
    void zeroOneAndNegativeNumbersAreNotPerfect() {
        for (int n : new int[] {0, 1, -1, -6, -28, Integer.MIN_VALUE}) {
            assertFalse(PerfectNumbers.isPerfect(n), n + " by the loop");
            assertFalse(PerfectNumbers.isPerfectToRoot(n), n + " by the root sum");
            assertEquals(0, PerfectNumbers.divisorSumBelow(n), "loop sum of " + n);
            assertEquals(0, PerfectNumbers.divisorSumToRoot(n), "root sum of " + n);
        }
    }

    @Test
    void theLargestIntsAreHandledWithoutOverflow() {
        // 2^31 - 1 is prime; 2^31 - 2 = 2 × 3^2 × 7 × 11 × 31 × 151 × 331
        assertEquals(1, PerfectNumbers.divisorSumToRoot(Integer.MAX_VALUE));
        long sigma = (1 + 2) * (1 + 3 + 9) * (1 + 7) * (1 + 11) * (1 + 31) * (1 + 151) * (1L + 331);
        assertEquals(sigma - (Integer.MAX_VALUE - 1L), PerfectNumbers.divisorSumToRoot(Integer.MAX_VALUE - 1));
        assertFalse(PerfectNumbers.isPerfectToRoot(Integer.MAX_VALUE));
    }

    @Test
    void sieveEdges() {
        assertEquals(0, PerfectNumbers.divisorSumSieve(0).length);
        assertEquals(List.of(), PerfectNumbers.perfectBelow(6));
        assertEquals(List.of(6), PerfectNumbers.perfectBelow(7));
        assertThrows(IllegalArgumentException.class, () -> PerfectNumbers.divisorSumSieve(-1));
    }
}
