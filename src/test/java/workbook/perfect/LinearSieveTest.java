package workbook.perfect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The linear sieve gives exactly the divisor sums of the other ways. */
class LinearSieveTest {

    @Test
    void agreesWithTheGuidesLoopForEveryNumberUpTo20000() {
        long[] sums = LinearSieve.divisorSums(20_001);
        for (int n = 0; n <= 20_000; n++) {
            assertEquals(PerfectNumbers.divisorSumBelow(n), sums[n], "n = " + n);
        }
    }

    @Test
    void agreesWithTheDivisorSumSieveUpTo10To6() {
        assertArrayEquals(PerfectNumbers.divisorSumSieve(1_000_001), LinearSieve.divisorSums(1_000_001));
    }

    @Test
    void findsTheFivePerfectNumbersUpTo33550336Inclusive() {
        assertEquals(List.of(6, 28, 496, 8128, 33_550_336), LinearSieve.perfectBelow(33_550_337));
    }

    @Test
    void primePowersAndProductsOfPrimesHaveTheirKnownSums() {
        long[] sums = LinearSieve.divisorSums((1 << 20) + 1);
        assertEquals((1L << 20) - 1, sums[1 << 20]);          // 1 + 2 + ... + 2^19
        assertEquals(1 + 3 + 9 + 27 + 81 + 243, sums[729]);   // 3^6
        assertEquals(1 + 2 + 3 + 5 + 6 + 10 + 15, sums[30]);
        assertEquals(1, sums[999_983]);                       // a prime
    }

    @Test
    void edgesAreDefined() {
        assertEquals(0, LinearSieve.divisorSums(0).length);
        assertArrayEquals(new long[] {0}, LinearSieve.divisorSums(1));
        assertArrayEquals(new long[] {0, 0, 1}, LinearSieve.divisorSums(3));
        assertEquals(List.of(), LinearSieve.perfectBelow(6));
        assertEquals(List.of(6), LinearSieve.perfectBelow(7));
        assertThrows(IllegalArgumentException.class, () -> LinearSieve.divisorSums(-1));
    }
}
