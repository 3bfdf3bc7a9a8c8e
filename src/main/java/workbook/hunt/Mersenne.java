package workbook.hunt;

import java.math.BigInteger;

/**
 * Mersenne numbers 2^p - 1 and the tests that decide whether one is prime: trial factoring
 * (cheap, finds small factors) and the Lucas-Lehmer test (exact, costs p squarings of p-bit
 * numbers). Euclid-Euler: 2^(p-1) (2^p - 1) is perfect exactly when 2^p - 1 is prime, and every
 * even perfect number has that form.
 */
public final class Mersenne {
    private Mersenne() {}

    /** Trial factors are tried up to this bound: q * q stays below 2^64, an unsigned long. */
    public static final long TRIAL_LIMIT = 1L << 32;

    /** 2^p - 1. */
    public static BigInteger number(int p) {
        return BigInteger.ONE.shiftLeft(p).subtract(BigInteger.ONE);
    }

    /** The perfect number 2^(p-1) (2^p - 1). */
    public static BigInteger perfect(int p) {
        return number(p).shiftLeft(p - 1);
    }

    /** Whether n is prime, by trial division (for exponents, which are small). */
    public static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether p is an odd prime: the exponents the Lucas-Lehmer test decides (it starts at odd p). */
    static boolean isOddPrime(int p) {
        return p != 2 && isPrime(p);
    }

    /** Between two steps of a test of p: an interrupt ends the test (and stays set for the caller). */
    static void stopIfInterrupted(int p) {
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted at p = " + p);
        }
    }

    /**
     * x mod 2^p - 1 without a division: 2^p = 1 (mod 2^p - 1), so the bits above p fold back
     * onto the low p bits: x = hi * 2^p + lo = hi + lo. For x >= 0.
     */
    public static BigInteger reduce(BigInteger x, int p, BigInteger mersenne) {
        while (x.bitLength() > p) {
            BigInteger high = x.shiftRight(p);
            x = x.subtract(high.shiftLeft(p)).add(high);       // low p bits + high bits
        }
        return x.compareTo(mersenne) >= 0 ? x.subtract(mersenne) : x;
    }

    /** The Lucas-Lehmer test, reducing by shifts and adds: s = 4, s = s^2 - 2 (mod 2^p - 1), p - 2 times; prime iff s = 0. */
    public static boolean lucasLehmer(int p) {
        return lucasLehmer(p, true);
    }

    /** The same test reducing with {@link BigInteger#mod} (a division each step), for comparison. */
    public static boolean lucasLehmerWithMod(int p) {
        return lucasLehmer(p, false);
    }

    private static boolean lucasLehmer(int p, boolean shifts) {
        if (!isOddPrime(p)) {
            return p == 2;                             // 3 is prime; 2^ab - 1 is divisible by 2^a - 1
        }
        BigInteger m = number(p);
        BigInteger two = BigInteger.TWO;
        BigInteger s = BigInteger.valueOf(4);
        for (int i = 0; i < p - 2; i++) {
            stopIfInterrupted(p);
            BigInteger square = s.multiply(s);
            s = shifts ? reduce(square, p, m) : square.mod(m);
            s = s.compareTo(two) >= 0 ? s.subtract(two) : s.add(m).subtract(two);
        }
        return s.signum() == 0;
    }

    /** The first values of s for exponent p, reduced mod 2^p - 1 (s_0 = 4). */
    public static long[] sequence(int p, int count) {
        BigInteger m = number(p);
        long[] values = new long[count];
        BigInteger s = BigInteger.valueOf(4);
        for (int i = 0; i < count; i++) {
            values[i] = s.longValueExact();
            s = s.multiply(s).subtract(BigInteger.TWO).mod(m);
        }
        return values;
    }

    /**
     * A factor of 2^p - 1 below {@code limit}, or 0 when there is none. Every factor q of 2^p - 1
     * (p an odd prime) is 2kp + 1 and is 1 or 7 mod 8, so only those q are tried; q divides
     * 2^p - 1 exactly when 2^p = 1 (mod q), found by squaring in long arithmetic. A q that is a
     * multiple of 3, 5, 7, 11 or 13 is skipped (its prime factors would have come first).
     * Only q with q^2 &lt;= 2^p - 1 count: the number itself is not a factor.
     */
    public static long trialFactor(int p, long limit) {
        if (!isOddPrime(p)) {
            throw new IllegalArgumentException("trial factoring needs an odd prime exponent, got " + p);
        }
        long bound = Math.min(limit, TRIAL_LIMIT);
        if (p < 62) {
            bound = Math.min(bound, (long) Math.sqrt((double) ((1L << p) - 1)) + 1);
        }
        long step = 2L * p;
        for (long q = step + 1; q < bound; q += step) {
            long r = q & 7;
            if ((r == 1 || r == 7) && q % 3 != 0 && q % 5 != 0 && q % 7 != 0 && (q % 11 != 0 || q == 11)
                    && (q % 13 != 0 || q == 13) && powerOfTwo(p, q) == 1) {
                return q;
            }
        }
        return 0;
    }

    /** 2^p mod q for q below 2^32 (so that a square of a remainder fits 64 bits, unsigned), by binary powering from the top bit of p. */
    static long powerOfTwo(int p, long q) {
        long result = 1;
        for (int bit = 31 - Integer.numberOfLeadingZeros(p); bit >= 0; bit--) {
            result = Long.remainderUnsigned(result * result, q);
            if ((p >>> bit & 1) == 1) {
                result = (result << 1) % q;
            }
        }
        return result;
    }
}
