package workbook.hunt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FftSquaringTest {
    /** s^2 - 2 mod 2^p - 1, by BigInteger. */
    private static BigInteger step(BigInteger s, BigInteger m) {
        return s.multiply(s).subtract(BigInteger.TWO).mod(m);
    }

    @Test
    void stepsAgreeWithBigIntegerAtEverySizeOfWord() {
        Random random = new Random(11);
        // word counts change at 16 x 21 = 336, 32 x 21 = 672, ..., 512 x 21 = 10752
        for (int p : List.of(3, 5, 31, 89, 127, 335, 336, 337, 1279, 2203, 2689, 4423, 5376, 5377, 9941, 10752, 10753, 21504)) {
            BigInteger m = Mersenne.number(p);
            for (BigInteger start : List.of(BigInteger.ZERO, BigInteger.ONE, m.subtract(BigInteger.ONE), new BigInteger(p, random).mod(m))) {
                FftSquaring s = new FftSquaring(p);
                s.set(start);
                assertEquals(start.mod(m), s.value(), "p = " + p);
                BigInteger expected = start;
                for (int i = 0; i < 20; i++) {
                    s.squareMinusTwo();
                    expected = step(expected, m);
                    assertEquals(expected, s.value(), "p = " + p + ", step " + (i + 1) + " from " + start.bitLength() + " bits");
                }
            }
        }
    }

    @Test
    void theTestAgreesWithBigIntegerOnEveryExponentBelow1500() {
        IntStream.range(2, 1_500).forEach(p ->
                assertEquals(Mersenne.lucasLehmer(p), FftSquaring.lucasLehmer(p), "p = " + p));
    }

    @Test
    void theLargeKnownExponentsAreFoundAndTheirNeighboursAreNot() {
        for (int p : List.of(2203, 2281, 3217, 4253, 4423, 9689)) {   // 9941: the round-off test
            assertTrue(FftSquaring.lucasLehmer(p), "p = " + p);
        }
        for (int p : List.of(2207, 3221, 4259, 4421, 9677, 9931, 9949)) {   // primes, 2^p - 1 composite
            assertTrue(Mersenne.isPrime(p), "p = " + p);
            assertFalse(FftSquaring.lucasLehmer(p), "p = " + p);
        }
    }

    @Test
    void theRoundOffStaysFarFromAHalf() {
        FftSquaring s = new FftSquaring(9941);
        assertEquals(512, s.words());                     // 19.4 bits a word
        for (int i = 0; i < 9941 - 2; i++) {
            s.squareMinusTwo();
        }
        assertEquals(BigInteger.ZERO, s.value(), "2^9941 - 1 is prime");
        assertTrue(s.roundOff() > 0 && s.roundOff() < 0.1, "round-off " + s.roundOff());
    }

    @Test
    void aRoundOffTooLargeStopsTheTestInsteadOfAWrongAnswer() {
        FftSquaring s = new FftSquaring(9941, 40);       // 40 bits a word: sums far beyond 2^53, which a double cannot hold exactly
        var failure = assertThrows(ArithmeticException.class, () -> {
            for (int i = 0; i < 100; i++) {
                s.squareMinusTwo();
            }
        });
        assertTrue(failure.getMessage().startsWith("round-off "), failure.getMessage());
    }

    @Test
    void theHuntFallsBackToBigIntegerWhenTheRoundOffIsTooLarge() {
        assertThrows(ArithmeticException.class, () -> FftSquaring.lucasLehmer(9941, 40));
        assertTrue(Hunt.lucasLehmer(9941, 40), "2^9941 - 1, decided by BigInteger");
        assertFalse(Hunt.lucasLehmer(9949, 40), "2^9949 - 1, decided by BigInteger");
    }

    @Test
    void theHuntSquaresByFftWhereThatIsFaster() {
        assertFalse(Hunt.squaresByFft(2203));
        assertTrue(Hunt.squaresByFft(4423));              // 256 words of 17.3 bits
        assertFalse(Hunt.squaresByFft(6007));             // 512 words of 11.7 bits
        assertTrue(Hunt.squaresByFft(9941));
        assertEquals(List.of(4423, 9689, 9941), List.of(4423, 6007, 9689, 9941).stream().filter(Hunt::lucasLehmer).toList());
    }

    @Test
    void tooSmallAnExponentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FftSquaring(2));
    }
}
